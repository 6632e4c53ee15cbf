import type { Verdict } from '@/lib/judge-mention';
import type { FigureEntry } from '@/lib/popup-model';
import { SourceRow, type SourceLinks } from './SourceRow';

const VERDICT_WORDS: Record<Verdict, { icon: string; words: string }> = {
  agrees: { icon: '✓', words: 'agrees' },
  disagrees: { icon: '✗', words: 'disagrees' },
  mixed: { icon: '◐', words: 'mixed' },
  unreferenced: { icon: '–', words: 'unreferenced' },
};

/**
 * One figure on the page: a button (carrying the page's `data-mention-id`) that shows the
 * figure on the page, with the text as written, the value as parsed and the verdict, then
 * one row per source.
 */
export function FigureItem({
  figure,
  onSelect,
  links,
}: {
  figure: FigureEntry;
  onSelect: (mentionId: string) => void;
  links: SourceLinks;
}) {
  const verdict = VERDICT_WORDS[figure.verdict];
  return (
    <li className="figure">
      <button
        type="button"
        className="mention"
        data-mention-id={figure.id}
        data-verdict={figure.verdict}
        onClick={() => onSelect(figure.id)}
      >
        <span className="visually-hidden">Show on page: </span>
        <span className="figure-text">“{figure.text}”</span>{' '}
        <span className="figure-value">
          {figure.value ? `read as ${figure.value}` : 'not compared'}
          <span className="visually-hidden">,</span>
        </span>{' '}
        <span className={`verdict verdict-${figure.verdict}`}>
          <span aria-hidden="true">{verdict.icon} </span>
          {verdict.words}
        </span>
      </button>
      {figure.rows.length > 0 && (
        <ul className="source-rows" aria-label={`Sources on “${figure.text}”`}>
          {figure.rows.map((row) => (
            <SourceRow key={row.sourceId} row={row} links={links} />
          ))}
        </ul>
      )}
    </li>
  );
}
