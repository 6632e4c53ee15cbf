import type { Card, CardRow } from '../describe-mention';
import type { Verdict } from '../judge-mention';
import { CARD_CSS } from './card-styles';

const VERDICT_WORDS: Record<Verdict, string> = {
  agrees: '✓ Agrees',
  disagrees: '✗ Disagrees',
  mixed: '± Mixed',
  unreferenced: '○ Unreferenced',
};
const MARGIN = 8;
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['top', '0px'],
  ['left', '0px'],
];
const GAP = 6;

type Rect = { x: number; y: number; width: number; height: number };

/** Places a box of `size` next to `anchor` inside the viewport: below, else above. */
export function placeCard(
  anchor: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { x: number; y: number } {
  const below = anchor.y + anchor.height + GAP;
  const above = anchor.y - GAP - size.height;
  const fitsBelow = below + size.height <= viewport.height - MARGIN;
  const y = fitsBelow || above < MARGIN ? below : above;
  const clamp = (value: number, max: number) => Math.max(MARGIN, Math.min(value, max));
  return {
    x: clamp(anchor.x, viewport.width - size.width - MARGIN),
    y: clamp(y, viewport.height - size.height - MARGIN),
  };
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function renderRow(doc: Document, row: CardRow): HTMLLIElement {
  const li = element(doc, 'li', '');
  li.dataset.sourceId = row.source;
  li.dataset.stance = row.stance;
  const head = element(doc, 'p', '');
  head.append(
    element(doc, 'span', 'title', row.title),
    ' — ',
    element(doc, 'span', `stance ${row.stance}`, row.stance),
    element(doc, 'span', 'reason', `: ${row.reason}`),
  );
  const quote = element(doc, 'blockquote', '');
  quote.append(row.quote.before, element(doc, 'mark', '', row.quote.figure), row.quote.after);
  li.append(head, quote);
  return li;
}

/** Builds the card's content with DOM calls only: page text is never parsed as HTML. */
function renderCard(doc: Document, card: Card): HTMLElement {
  const root = element(doc, 'section', 'card');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', `Sourcemark: ${card.heading}`);
  root.setAttribute('aria-live', 'polite');
  root.append(element(doc, 'h2', '', card.heading));
  if (card.kind === 'figure') {
    root.append(
      element(
        doc,
        'p',
        'value',
        `Page says “${card.pageText}”, read as ${card.value ?? 'not comparable'}.`,
      ),
    );
    const verdict = element(doc, 'p', '');
    verdict.append(
      element(doc, 'span', `verdict ${card.verdict}`, VERDICT_WORDS[card.verdict]),
      ` ${card.summary}`,
    );
    root.append(verdict);
    if (card.rows.length > 0) {
      const list = element(doc, 'ul', '');
      list.append(...card.rows.map((row) => renderRow(doc, row)));
      root.append(list);
    }
  } else {
    root.append(element(doc, 'p', '', card.summary));
    const list = element(doc, 'ul', '');
    for (const claim of card.claims) {
      list.append(
        element(
          doc,
          'li',
          '',
          `${claim.label}: ${claim.figures.join(', ')} (${claim.verdicts.join(', ')})`,
        ),
      );
    }
    if (card.claims.length > 0) root.append(list);
  }
  root.append(element(doc, 'p', 'value', 'Esc closes this card.'));
  return root;
}

/**
 * The hover card, in a closed shadow root on a `<sourcemark-card>` host: page CSS cannot
 * restyle it and page scripts cannot read it. One card at a time.
 */
export class CardView {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private shownFor: string | null = null;

  constructor(private readonly win: Window & typeof globalThis) {}

  /** The mention the card is open for, or null. */
  get mentionId(): string | null {
    return this.shownFor;
  }

  /** Opens the card for `mentionId` next to `anchor` (viewport coordinates). */
  open(mentionId: string, card: Card, anchor: Rect): void {
    const doc = this.win.document;
    if (!this.host || !this.host.isConnected) {
      this.host = doc.createElement('sourcemark-card');
      this.host.setAttribute('data-sourcemark-ui', '');
      // Inline and !important, so no page rule can hide, move or restyle the host.
      for (const [property, value] of HOST_STYLE) {
        this.host.style.setProperty(property, value, 'important');
      }
      this.shadow = this.host.attachShadow({ mode: 'closed' });
      doc.documentElement.append(this.host);
    }
    const shadow = this.shadow!;
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const content = renderCard(doc, card);
    shadow.replaceChildren(style, content);
    this.host.style.setProperty('visibility', 'hidden', 'important');
    const size = content.getBoundingClientRect();
    const viewport = { width: doc.documentElement.clientWidth, height: this.win.innerHeight };
    const { x, y } = placeCard(anchor, size, viewport);
    this.host.style.setProperty('left', `${x}px`, 'important');
    this.host.style.setProperty('top', `${y}px`, 'important');
    this.host.style.setProperty('visibility', 'visible', 'important');
    this.shownFor = mentionId;
  }

  /** True when the point (viewport coordinates) is over the open card. */
  isUnder(x: number, y: number): boolean {
    if (!this.host || !this.shownFor) return false;
    const r = this.host.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  /** The card's visible text and where it is, for the extension's own view. */
  describe(): { text: string; rect: Rect } | null {
    if (!this.host || !this.shownFor || !this.shadow) return null;
    const section = this.shadow.querySelector('section');
    const r = (section ?? this.host).getBoundingClientRect();
    return {
      text: (section?.innerText ?? section?.textContent ?? '').trim(),
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  }

  close(): void {
    this.host?.remove();
    this.shownFor = null;
  }
}
