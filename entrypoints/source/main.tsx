import { mountPage } from '@/components/mount-page';
import { SourceView } from '@/components/SourceView';
import { referenceDataset } from '@/lib/reference-dataset';
import { findSourcePassage } from '@/lib/source-passage';
import './style.css';

mountPage(() => {
  const seeds = import.meta.glob<string>('/seeds/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const passage = findSourcePassage(location.search, referenceDataset(), seeds);
  document.title = `${passage.ok ? passage.title : 'Source not found'} — Sourcemark`;
  return <SourceView passage={passage} />;
});
