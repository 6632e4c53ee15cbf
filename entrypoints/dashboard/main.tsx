import { mountPage } from '@/components/mount-page';
import { App } from './App';
import { useHistory } from './use-history';
import './style.css';

/** Connects the dashboard to the background and storage; App itself only renders. */
function Dashboard() {
  const history = useHistory();
  return <App {...history} confirm={(question) => window.confirm(question)} />;
}

mountPage(() => <Dashboard />);
