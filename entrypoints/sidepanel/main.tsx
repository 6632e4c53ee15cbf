import { mountPage } from '@/components/mount-page';
import { App } from '../popup/App';
import '../popup/style.css';

// The same list as the popup, following the active tab while the panel stays open.
mountPage(() => <App follow />);
