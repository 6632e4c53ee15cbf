import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

function main() {
  // No code generation: extension pages forbid eval.
  z.config({ jitless: true });
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App follow={false} />
    </StrictMode>,
  );
}

main();
