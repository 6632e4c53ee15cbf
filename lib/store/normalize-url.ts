/**
 * Query parameters that name the page itself (an article id, a post, a video, a search) rather
 * than how the reader got there. Everything else — utm_*, fbclid, gclid, ref, session ids,
 * sort orders — is dropped, so one article read from three links is one sighting (issue:
 * "query kept only when it names the page"). Matched case-insensitively.
 */
const PAGE_PARAMS = new Set([
  'id',
  'p',
  'page',
  'article',
  'articleid',
  'story',
  'storyid',
  'story_fbid',
  'post',
  'postid',
  'v',
  'q',
]);

/**
 * Returns the key that identifies a page in the history: the URL with its fragment and
 * credentials dropped, its host lowercased (and default port removed, as `URL` does), and
 * only the query parameters that name the page kept, sorted so their order does not matter.
 * Returns null for anything that is not an http(s) URL (file:, about:, extension pages,
 * unparseable text).
 */
export function pageKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const kept = [...parsed.searchParams]
    .filter(([name, value]) => PAGE_PARAMS.has(name.toLowerCase()) && value !== '')
    .sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.href;
}

/**
 * Returns a page key's host name without port ("www.example.com"), or "" if unparseable: the
 * history's site. (The "Don't mark this site" switch keys sites differently, without "www.":
 * lib/settings.ts `siteOf`.)
 */
export function hostOf(key: string): string {
  try {
    return new URL(key).hostname;
  } catch {
    return '';
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
