import { describe, expect, it } from 'vitest';
import { isAwaitingPage, isSameLookup, popupStatus, type PageLookup } from '../../lib/popup-status';
import { DEFAULT_SETTINGS, withSite } from '../../lib/settings';
import { pageStateOf, STORY } from '../support/page-state';

const found = (overrides = {}, text = STORY): PageLookup => ({
  kind: 'found',
  state: pageStateOf(text, overrides),
});
const off = withSite(DEFAULT_SETTINGS, 'news.example', false);

describe('popupStatus', () => {
  it.each<[string, PageLookup, typeof off | null, string]>([
    ['loading until the page answers', { kind: 'pending' }, null, 'loading'],
    ['not-allowed when no content script answers', { kind: 'unreachable' }, null, 'not-allowed'],
    [
      'loading while the page is still marking',
      found({ ready: false }),
      DEFAULT_SETTINGS,
      'loading',
    ],
    ['switched-off when the stored settings say so', found(), off, 'switched-off'],
    [
      'switched-off from the page’s word before settings are read',
      found({ siteEnabled: false }),
      null,
      'switched-off',
    ],
    [
      'loading when the site was just switched back on',
      found({ siteEnabled: false }),
      DEFAULT_SETTINGS,
      'loading',
    ],
    [
      'no-mentions for a page without any',
      found({}, 'Nothing here.'),
      DEFAULT_SETTINGS,
      'no-mentions',
    ],
    ['report for a page with mentions', found(), DEFAULT_SETTINGS, 'report'],
  ])('is %s', (_title, lookup, settings, status) => {
    expect(popupStatus(lookup, settings)).toBe(status);
  });
});

describe('isAwaitingPage', () => {
  it('waits only on a page that answered but is not ready', () => {
    expect(isAwaitingPage(found({ ready: false }), DEFAULT_SETTINGS)).toBe(true);
    expect(isAwaitingPage(found(), DEFAULT_SETTINGS)).toBe(false);
    expect(isAwaitingPage({ kind: 'pending' }, null)).toBe(false);
  });
});

describe('isSameLookup', () => {
  it('ignores timings and the open card', () => {
    const a = found();
    const b = found({
      stats: {
        scriptMs: 9,
        idleWaitMs: 9,
        longestSliceMs: 9,
        slices: 9,
        phaseMs: { read: 9, match: 9, draw: 9 },
        skipped: false,
      },
    });
    expect(isSameLookup(a, b)).toBe(true);
  });

  it('notices new marks, readiness and a change of kind', () => {
    expect(isSameLookup(found(), found({}, 'Meta.'))).toBe(false);
    expect(isSameLookup(found(), found({ ready: false }))).toBe(false);
    expect(isSameLookup(found(), { kind: 'unreachable' })).toBe(false);
    expect(isSameLookup({ kind: 'pending' }, { kind: 'pending' })).toBe(true);
  });
});
