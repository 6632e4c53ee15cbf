import { useEffect, useRef, type Ref } from 'react';
import type { PassagePiece, SourcePassage } from '@/lib/source-passage';

function Piece({ piece, markRef }: { piece: PassagePiece; markRef?: Ref<HTMLElement> }) {
  if (piece.kind === 'plain') return <>{piece.text}</>;
  return (
    <mark className="quoted" ref={markRef} tabIndex={markRef ? -1 : undefined}>
      {piece.parts.map((part, i) =>
        part.isFigure ? <strong key={i}>{part.text}</strong> : part.text,
      )}
    </mark>
  );
}

/**
 * A whole source article, as text, with the quoted statement highlighted and scrolled into
 * view (and focused, so a screen reader starts there); a clear message for a bad address.
 */
export function SourceView({ passage }: { passage: SourcePassage }) {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const mark = markRef.current;
    mark?.scrollIntoView?.({ block: 'center' });
    mark?.focus({ preventScroll: true });
  }, [passage]);
  if (!passage.ok) {
    return (
      <main className="source-view">
        <h1>Source not found</h1>
        <p role="alert">{passage.error}</p>
      </main>
    );
  }
  // The first highlighted piece is the one scrolled to.
  const firstParagraph = passage.paragraphs.findIndex((pieces) =>
    pieces.some((piece) => piece.kind === 'quote'),
  );
  return (
    <main className="source-view" aria-labelledby="source-title">
      <header>
        <p className="source-kicker">
          Sourcemark reference source <span className="source-id">{passage.shortId}</span>
        </p>
        <h1 id="source-title">{passage.title}</h1>
        <p className="hint">The highlighted sentence is the statement the popup quotes.</p>
      </header>
      <article className="source-text" aria-label="Article text">
        {passage.paragraphs.map((pieces, p) => (
          <p key={p}>
            {pieces.map((piece, i) => (
              <Piece
                key={i}
                piece={piece}
                markRef={p === firstParagraph && piece.kind === 'quote' ? markRef : undefined}
              />
            ))}
          </p>
        ))}
      </article>
    </main>
  );
}
