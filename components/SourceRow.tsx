import type { MouseEvent } from 'react';
import type { SourceRow as SourceRowData, StatementRow } from '@/lib/source-rows';

/** How a row links to the source view: its address, and how to open it. */
export type SourceLinks = {
  href: (sourceId: string, statementIndex: number) => string;
  open: (sourceId: string, statementIndex: number) => void;
};

const STANCE_WORDS = { agrees: 'agrees', disagrees: 'disagrees' } as const;

/**
 * One source's statement: its title (a link to the whole article with the statement
 * highlighted), its stance and reason when judged against a page figure, and its quote with
 * the figure emphasised. Carries `data-source-id` and, with a stance, `data-stance`.
 */
export function SourceRow({
  row,
  links,
}: {
  row: SourceRowData | StatementRow;
  links: SourceLinks;
}) {
  const stance = 'stance' in row ? row.stance : null;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    links.open(row.sourceId, row.statementIndex);
  };
  return (
    <li
      className={`source-row${stance ? ` stance-${stance}` : ''}`}
      data-source-id={row.sourceId}
      data-stance={stance ?? undefined}
    >
      <a href={links.href(row.sourceId, row.statementIndex)} onClick={onClick}>
        <span className="source-id">{row.shortId}</span> {row.title}
        <span className="visually-hidden"> (open the article at this statement)</span>
      </a>
      <p className="source-stance">
        {stance && 'reason' in row ? (
          <>
            <strong className={`stance stance-${stance}`}>
              <span aria-hidden="true">{stance === 'agrees' ? '✓ ' : '✗ '}</span>
              {STANCE_WORDS[stance]}
            </strong>
            {row.reason && <span className="reason">: {row.reason}</span>}
          </>
        ) : (
          <>says {row.figure}</>
        )}
      </p>
      <blockquote className="quote">
        {row.quote.before}
        {row.quote.figure && <strong className="quote-figure">{row.quote.figure}</strong>}
        {row.quote.after}
      </blockquote>
    </li>
  );
}
