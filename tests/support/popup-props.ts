import { vi, type Mock } from 'vitest';
import type { PopupReport } from '../../components/Popup';
import type { SourceLinks } from '../../components/SourceRow';
import type { PageState } from '../../lib/messages';
import { claimsNotOnPage, entityCounts, groupByClaim } from '../../lib/popup-model';
import { referenceDataset } from '../../lib/reference-dataset';
import { sourcePassageSearch } from '../../lib/source-passage';

/** The report the popup entry builds for a page state. */
export function reportOf(state: PageState): PopupReport {
  const dataset = referenceDataset();
  return {
    figures: groupByClaim(state, dataset),
    entities: entityCounts(state),
    missing: claimsNotOnPage(state, dataset),
  };
}

/** Source links that record what was opened. */
export function fakeLinks(): SourceLinks & { open: Mock<SourceLinks['open']> } {
  return {
    href: (sourceId, statementIndex) =>
      `chrome-extension://test/source.html${sourcePassageSearch(sourceId, statementIndex)}`,
    open: vi.fn<SourceLinks['open']>(),
  };
}
