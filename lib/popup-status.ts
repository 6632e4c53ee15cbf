import type { PageState } from './messages';
import { isSiteEnabled, type Settings } from './settings';

/** What asking a tab for its page state gave. */
export type PageLookup =
  | { kind: 'pending' }
  /** No content script answered: a browser page, an extension store, a page opened before
   * the extension was installed, or an unreadable reply. */
  | { kind: 'unreachable' }
  | { kind: 'found'; state: PageState };

/** Which of the popup's views to show. */
export type PopupStatus = 'loading' | 'not-allowed' | 'switched-off' | 'no-mentions' | 'report';

/**
 * Decides what the popup shows for a tab. Stored settings win over the page's own report, so
 * "Don't mark this site" shows at once; a page that still reports itself switched off after
 * the site was switched back on is loading (it is about to mark). `settings` is null until
 * read, and the page's own `siteEnabled` stands in.
 */
export function popupStatus(lookup: PageLookup, settings: Settings | null): PopupStatus {
  if (lookup.kind === 'pending') return 'loading';
  if (lookup.kind === 'unreachable') return 'not-allowed';
  const { state } = lookup;
  const enabled = settings ? isSiteEnabled(settings, state.url) : state.siteEnabled;
  if (!enabled) return 'switched-off';
  if (!state.siteEnabled || !state.ready) return 'loading';
  return state.mentions.length === 0 ? 'no-mentions' : 'report';
}

/** True while the popup should ask the page again: its marks are not ready yet. */
export function isAwaitingPage(lookup: PageLookup, settings: Settings | null): boolean {
  return lookup.kind === 'found' && popupStatus(lookup, settings) === 'loading';
}

/**
 * True when two lookups show the same thing: the same page, marks and readiness (timings,
 * highlight counts and the open card may differ), so a re-poll need not re-render.
 */
export function isSameLookup(a: PageLookup, b: PageLookup): boolean {
  if (a.kind !== 'found' || b.kind !== 'found') return a.kind === b.kind;
  const shown = ({ url, title, siteEnabled, ready, mentions }: PageState) =>
    JSON.stringify([url, title, siteEnabled, ready, mentions]);
  return shown(a.state) === shown(b.state);
}
