// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourceView } from '../../components/SourceView';
import { referenceDataset } from '../../lib/reference-dataset';
import { findSourcePassage, sourcePassageSearch } from '../../lib/source-passage';
import { expectAccessible } from '../support/accessibility';
import { SOURCE } from '../support/page-state';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dataset = referenceDataset();
const seeds = Object.fromEntries(
  readdirSync('seeds').map((name) => [`/seeds/${name}`, readFileSync(`seeds/${name}`, 'utf8')]),
);
const passageOf = (search: string) => findSourcePassage(search, dataset, seeds);

describe('SourceView', () => {
  it('shows the whole article under the source’s title', () => {
    render(<SourceView passage={passageOf(sourcePassageSearch(SOURCE['002'], 16))} />);
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Why Meta Is Willing To Invest $10B In An AI Startup',
      }),
    ).toBeTruthy();
    const article = screen.getByRole('article', { name: 'Article text' });
    const seed = seeds[`/seeds/${SOURCE['002']}.txt`];
    expect(article.textContent).toBe(seed.replace(/\n+/g, ''));
  });

  it('highlights the quoted statement with <mark> and emphasises its figure', () => {
    const { container } = render(
      <SourceView passage={passageOf(sourcePassageSearch(SOURCE['002'], 16))} />,
    );
    const marks = [...container.querySelectorAll('mark')];
    expect(marks).toHaveLength(1);
    expect(marks[0].textContent).toBe(dataset.statements[16].quote);
    expect(container.querySelector('mark strong')?.textContent).toBe('up to $10 billion');
  });

  it('scrolls the statement into view and focuses it', () => {
    const scroll = vi.fn();
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(scroll);
    const { container } = render(
      <SourceView passage={passageOf(sourcePassageSearch(SOURCE['000'], 8))} />,
    );
    const mark = container.querySelector('mark');
    expect(scroll).toHaveBeenCalledWith({ block: 'center' });
    expect(scroll.mock.contexts[0]).toBe(mark);
    expect(document.activeElement).toBe(mark);
  });

  it('renders the article as text, never as HTML', () => {
    const passage = {
      ok: true as const,
      sourceId: 'x',
      shortId: 'x',
      title: '<b>t</b>',
      paragraphs: [
        [
          {
            kind: 'quote' as const,
            parts: [{ text: '<img src=x onerror=alert(1)>', isFigure: false }],
          },
        ],
      ],
    };
    const { container } = render(<SourceView passage={passage} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows a clear message for a bad address', () => {
    render(<SourceView passage={passageOf('?source=000_19b8850ff99f1f10&statement=25')} />);
    expect(screen.getByRole('heading', { name: 'Source not found' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Source 000 has no statement 25.');
  });

  it.each(['?source=003_d369bcd6a49f9c65&statement=25', '?statement=3'])(
    'passes the accessibility check for %s',
    (search) => {
      const { container } = render(<SourceView passage={passageOf(search)} />);
      expectAccessible(container);
    },
  );
});
