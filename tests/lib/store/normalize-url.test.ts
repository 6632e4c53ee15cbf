import { describe, expect, it } from 'vitest';
import { pageKey, hostOf } from '../../../lib/store/normalize-url';

describe('pageKey', () => {
  it.each([
    ['drops the fragment', 'https://example.com/story#comments', 'https://example.com/story'],
    ['lowercases the host', 'https://News.Example.COM/Story', 'https://news.example.com/Story'],
    ['keeps the path case and trailing slash', 'https://example.com/A/', 'https://example.com/A/'],
    [
      'drops tracking parameters',
      'https://example.com/s?utm_source=x&utm_medium=y&fbclid=1&gclid=2&ref=home',
      'https://example.com/s',
    ],
    [
      'drops parameters that do not name the page',
      'https://example.com/s?sort=new&session=abc',
      'https://example.com/s',
    ],
    [
      'keeps an article id',
      'https://example.com/view?id=42&utm_campaign=z',
      'https://example.com/view?id=42',
    ],
    [
      'keeps a WordPress post number',
      'https://blog.example.com/?p=123',
      'https://blog.example.com/?p=123',
    ],
    [
      'keeps a video id',
      'https://www.youtube.com/watch?v=abc&t=30',
      'https://www.youtube.com/watch?v=abc',
    ],
    [
      'keeps a search query',
      'https://example.com/search?q=scale+ai&source=hp',
      'https://example.com/search?q=scale+ai',
    ],
    [
      'keeps page-naming parameters in a stable order',
      'https://example.com/a?page=2&id=5',
      'https://example.com/a?id=5&page=2',
    ],
    [
      'orders repeated page-naming parameters by value',
      'https://example.com/a?id=2&id=1',
      'https://example.com/a?id=1&id=2',
    ],
    [
      'matches parameter names case-insensitively',
      'https://example.com/a?ID=5',
      'https://example.com/a?ID=5',
    ],
    ['drops an empty page-naming parameter', 'https://example.com/a?id=', 'https://example.com/a'],
    ['drops credentials', 'https://user:pw@example.com/a', 'https://example.com/a'],
    ['drops the default port', 'https://example.com:443/a', 'https://example.com/a'],
    ['keeps another port', 'http://localhost:8080/demo.html', 'http://localhost:8080/demo.html'],
    ['adds the root path', 'https://example.com', 'https://example.com/'],
  ])('%s', (_rule, url, key) => {
    expect(pageKey(url)).toBe(key);
  });

  it.each([
    ['a file', 'file:///home/me/story.html'],
    ['an extension page', 'chrome-extension://abc/popup.html'],
    ['about:blank', 'about:blank'],
    ['text that is not a URL', 'not a url'],
    ['an empty string', ''],
  ])('returns null for %s', (_what, url) => {
    expect(pageKey(url)).toBeNull();
  });

  it('gives one key for one article reached from different links', () => {
    const keys = [
      'https://example.com/story?utm_source=twitter',
      'https://example.com/story?fbclid=xyz#top',
      'https://EXAMPLE.com/story',
    ].map(pageKey);
    expect(new Set(keys)).toEqual(new Set(['https://example.com/story']));
  });
});

describe('hostOf', () => {
  it('returns the host name without port', () => {
    expect(hostOf('http://localhost:8080/demo.html')).toBe('localhost');
    expect(hostOf('https://www.example.com/a?id=1')).toBe('www.example.com');
  });

  it('returns an empty string for text that is not a URL', () => {
    expect(hostOf('nope')).toBe('');
  });
});
