// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CardView, placeCard } from '../../../lib/dom/card';
import type { FigureCard } from '../../../lib/describe-mention';

const viewport = { width: 1000, height: 800 };
const size = { width: 380, height: 200 };

describe('placeCard', () => {
  it('puts the card just below its mark', () => {
    expect(placeCard({ x: 100, y: 100, width: 50, height: 20 }, size, viewport)).toEqual({
      x: 100,
      y: 126,
    });
  });

  it('puts the card above a mark near the bottom of the viewport', () => {
    expect(placeCard({ x: 100, y: 700, width: 50, height: 20 }, size, viewport).y).toBe(494);
  });

  it('keeps the card inside the viewport at the right edge', () => {
    expect(placeCard({ x: 950, y: 100, width: 40, height: 20 }, size, viewport).x).toBe(612);
  });

  it('keeps the card inside a viewport smaller than the card', () => {
    const small = placeCard({ x: 5, y: 5, width: 10, height: 10 }, size, {
      width: 300,
      height: 150,
    });
    expect(small.x).toBeGreaterThanOrEqual(8);
    expect(small.y).toBeGreaterThanOrEqual(8);
  });
});

const CARD: FigureCard = {
  kind: 'figure',
  heading: "Meta's investment in Scale AI",
  pageText: '<img src=x onerror=alert(1)>',
  value: '$14.3 billion',
  verdict: 'mixed',
  summary: '1 of 2 sources agree; the sources contradict each other.',
  rows: [
    {
      source: '003',
      title: 'Source title',
      stance: 'agrees',
      reason: 'rounds to $14 billion',
      quote: { before: 'Meta made a ', figure: '$14B', after: ' bet.' },
    },
  ],
};

describe('CardView', () => {
  it('renders the card in a closed shadow root that page scripts cannot open', () => {
    const view = new CardView(window);
    view.open('sm-1', CARD, { x: 10, y: 10, width: 20, height: 10 });
    const host = document.querySelector('sourcemark-card') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(host.hasAttribute('data-sourcemark-ui')).toBe(true);
    view.close();
  });

  it('shows page text as text, never as HTML', () => {
    const view = new CardView(window);
    view.open('sm-1', CARD, { x: 10, y: 10, width: 20, height: 10 });
    expect(view.describe()?.text).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    view.close();
  });

  it('shows the claim, verdict, each source row and its reason', () => {
    const view = new CardView(window);
    view.open('sm-2', CARD, { x: 10, y: 10, width: 20, height: 10 });
    const text = view.describe()?.text ?? '';
    for (const part of [
      "Meta's investment in Scale AI",
      'Mixed',
      'Source title',
      'agrees',
      'rounds to $14 billion',
      '$14B',
    ]) {
      expect(text).toContain(part);
    }
    expect(view.mentionId).toBe('sm-2');
    view.close();
    expect(view.mentionId).toBeNull();
    expect(document.querySelector('sourcemark-card')).toBeNull();
  });
});
