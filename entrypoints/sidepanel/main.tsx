import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from '../popup/App';
import '@/components/theme.css';
import '../popup/style.css';

function main() {
  // No code generation: extension pages forbid eval.
  z.config({ jitless: true });
  const root = document.getElementById('root');
  if (!root) return;
  // The same list as the popup, following the active tab while the panel stays open.
  createRoot(root).render(
    <StrictMode>
      <App follow />
    </StrictMode>,
  );
}

main();
