import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import './theme.css';

/**
 * Starts an extension page: zod without code generation (extension pages forbid eval), then
 * `render()` mounted into `#root` in strict mode. `render` runs after the zod set-up, so it
 * may parse data first.
 */
export function mountPage(render: () => ReactNode): void {
  z.config({ jitless: true });
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(<StrictMode>{render()}</StrictMode>);
}
