import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import { useHistory } from './use-history';
import '@/components/theme.css';
import './style.css';

/** Connects the dashboard to the background and storage; App itself only renders. */
function Dashboard() {
  const history = useHistory();
  return <App {...history} confirm={(question) => window.confirm(question)} />;
}

function main() {
  // No code generation: extension pages forbid eval.
  z.config({ jitless: true });
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <Dashboard />
    </StrictMode>,
  );
}

main();
