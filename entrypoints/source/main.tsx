import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { SourceView } from '@/components/SourceView';
import { referenceDataset } from '@/lib/reference-dataset';
import { findSourcePassage } from '@/lib/source-passage';
import '@/components/theme.css';
import './style.css';

function main() {
  // No code generation: extension pages forbid eval.
  z.config({ jitless: true });
  const seeds = import.meta.glob<string>('/seeds/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const passage = findSourcePassage(location.search, referenceDataset(), seeds);
  document.title = `${passage.ok ? passage.title : 'Source not found'} — Sourcemark`;
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <SourceView passage={passage} />
    </StrictMode>,
  );
}

main();
