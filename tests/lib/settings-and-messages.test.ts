import { CLAIMS, claimSchema } from '../../lib/claims';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { COMMANDS, messageForCommand } from '../../lib/commands';
import { contentRequestSchema } from '../../lib/content-requests';
import { getPageStateResponseSchema } from '../../lib/messages';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  parsePageSettings,
  parseSettings,
  siteOf,
  withSite,
} from '../../lib/settings';

describe('parseSettings', () => {
  it.each([undefined, null, 'paint', 42, { markStyle: 'neon' }])(
    'falls back to the defaults for %j',
    (stored) => {
      expect(parseSettings(stored)).toMatchObject(DEFAULT_SETTINGS);
    },
  );

  it('reads a stored elements style and keeps unknown keys', () => {
    expect(parseSettings({ markStyle: 'elements', later: 1 })).toEqual({
      markStyle: 'elements',
      disabledSites: [],
      historyLimit: 1000,
      later: 1,
    });
  });
});

describe('parsePageSettings', () => {
  // Every shape a stored value may have: missing, not an object, each field right, wrong or
  // missing, and keys the content script does not use.
  const stored = [
    undefined,
    null,
    'elements',
    42,
    [],
    ['elements'],
    {},
    { markStyle: 'elements' },
    { markStyle: 'paint', disabledSites: ['a.example', 'b.example'] },
    { markStyle: 'neon', disabledSites: ['a.example'] },
    { markStyle: 'elements', disabledSites: 'a.example' },
    { markStyle: 'elements', disabledSites: ['a.example', 7] },
    { markStyle: null, disabledSites: null, historyLimit: 5, later: 1 },
    { markStyle: 'elements', historyLimit: -1 },
  ];

  it.each(stored)('reads %j as parseSettings reads those fields', (value) => {
    const { markStyle, disabledSites } = parseSettings(value);
    expect(parsePageSettings(value)).toEqual({ markStyle, disabledSites });
  });

  it('reads the stored style and sites', () => {
    expect(parsePageSettings({ markStyle: 'elements', disabledSites: ['a.example'] })).toEqual({
      markStyle: 'elements',
      disabledSites: ['a.example'],
    });
  });
});

describe('site switch', () => {
  it('keys a site by its host name without "www."', () => {
    expect(siteOf('https://www.News.example/a?b#c')).toBe('news.example');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('switches a site off and on again, keeping the other sites', () => {
    const off = withSite({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, 'b.example', false);
    expect(off.disabledSites).toEqual(['a.example', 'b.example']);
    expect(isSiteEnabled(off, 'https://www.b.example/story')).toBe(false);
    expect(isSiteEnabled(off, 'https://c.example/')).toBe(true);
    expect(withSite(off, 'b.example', true).disabledSites).toEqual(['a.example']);
  });

  it('reads a malformed list of sites as none', () => {
    expect(parseSettings({ disabledSites: 'a.example' }).disabledSites).toEqual([]);
  });
});

describe('content script messages', () => {
  it('accepts the messages it knows', () => {
    expect(contentRequestSchema.safeParse({ type: 'get-page-state' }).success).toBe(true);
    expect(
      contentRequestSchema.safeParse({ type: 'move-to-mention', direction: 'previous' }).success,
    ).toBe(true);
  });

  it.each([
    { type: 'move-to-mention', direction: 'sideways' },
    { type: 'run-script', code: 'alert(1)' },
    'get-page-state',
    null,
  ])('rejects %j', (message) => {
    expect(contentRequestSchema.safeParse(message).success).toBe(false);
  });

  it('rejects a page state reply with a malformed mention', () => {
    const reply = { ok: true, state: { markStyle: 'paint', ready: true, mentions: [{ id: 1 }] } };
    expect(getPageStateResponseSchema.safeParse(reply).success).toBe(false);
  });
});

describe('keyboard commands', () => {
  it('declares no single-letter shortcut', () => {
    for (const command of Object.values(COMMANDS)) {
      expect(command.suggested_key.default.split('+').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('maps each command to a move in the page, and others to nothing', () => {
    expect(messageForCommand('next-mention')).toEqual({
      type: 'move-to-mention',
      direction: 'next',
    });
    expect(messageForCommand('previous-mention')).toEqual({
      type: 'move-to-mention',
      direction: 'previous',
    });
    expect(messageForCommand('_execute_action')).toBeNull();
  });
});

describe('the claim catalog', () => {
  it('passes its schema (the code does not parse it at run time)', () => {
    expect(z.array(claimSchema).safeParse(CLAIMS).success).toBe(true);
  });

  it('gives every claim a unique id', () => {
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(CLAIMS.length);
  });
});
