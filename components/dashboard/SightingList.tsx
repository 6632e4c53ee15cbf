import { claimLabel, REVIEW_LABELS, reviewCounts, VERDICT_LABELS } from '../../lib/history-view';
import {
  REVIEWS,
  type HistoryEntry,
  type MentionRecord,
  type Review,
} from '../../lib/store/schema';
import { shortSourceId } from '../../lib/source-statements';
import { ReviewControls } from './ReviewControls';

const sourceList = (ids: string[]) => (ids.length ? ids.map(shortSourceId).join(', ') : 'none');

function MentionItem({
  mention,
  onSaveReview,
}: {
  mention: MentionRecord;
  onSaveReview: (mentionId: string, review: Review, note: string) => void;
}) {
  return (
    <li
      className="mention"
      data-mention-id={mention.id}
      data-verdict={mention.verdict}
      data-review={mention.review}
    >
      <dl>
        <dt>Claim</dt>
        <dd>{claimLabel(mention.claim)}</dd>
        <dt>On the page</dt>
        <dd>
          <mark>{mention.text}</mark>
        </dd>
        <dt>Value</dt>
        <dd>{mention.value ?? 'Not parsed'}</dd>
        <dt>Verdict</dt>
        <dd className={`verdict verdict-${mention.verdict}`}>
          {VERDICT_LABELS[mention.verdict]}
          {mention.verdict !== 'unreferenced' && (
            <span className="sources">
              {' '}
              (agree: {sourceList(mention.agree)}; disagree: {sourceList(mention.disagree)})
            </span>
          )}
        </dd>
        <dt>Quote</dt>
        <dd>
          <q>{mention.quote}</q>
        </dd>
      </dl>
      <ReviewControls
        subject={mention.text}
        review={mention.review}
        note={mention.note}
        onSave={(review, note) => onSaveReview(mention.id, review, note)}
      />
    </li>
  );
}

function Counts({ entries }: { entries: HistoryEntry[] }) {
  const counts = reviewCounts(entries);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const parts = REVIEWS.map(
    (state) => `${counts[state]} ${REVIEW_LABELS[state].toLowerCase()}`,
  ).join(', ');
  return (
    <p className="review-counts">
      {entries.length} {entries.length === 1 ? 'page' : 'pages'}, {total}{' '}
      {total === 1 ? 'mention' : 'mentions'}: {parts}.
    </p>
  );
}

/**
 * Every page in the (filtered) history with its mentions and their review controls. Says
 * "No pages recorded yet…" for an empty history and "No mention matches…" when filters hide
 * everything.
 */
export function SightingList({
  entries,
  filtered,
  onSaveReview,
}: {
  entries: HistoryEntry[];
  /** Whether a filter is set, to tell an empty history from an empty result. */
  filtered: boolean;
  onSaveReview: (mentionId: string, review: Review, note: string) => void;
}) {
  if (entries.length === 0) {
    return (
      <p className="empty">
        {filtered
          ? 'No mention matches these filters. Choose “All” in a filter to see more.'
          : 'No pages recorded yet. Figures Sourcemark marks on the pages you read appear here, page by page.'}
      </p>
    );
  }
  return (
    <>
      <Counts entries={entries} />
      <ol className="sightings">
        {entries.map(({ sighting, mentions }, index) => (
          <li key={sighting.id}>
            <article className="sighting" aria-labelledby={`page-${index}`}>
              <h3 id={`page-${index}`}>
                <a href={sighting.url} target="_blank" rel="noreferrer">
                  {sighting.title || sighting.url}
                </a>
              </h3>
              <p className="page-meta">
                {sighting.site} · last seen{' '}
                <time dateTime={new Date(sighting.lastSeen).toISOString()}>
                  {new Date(sighting.lastSeen).toLocaleString()}
                </time>
              </p>
              {mentions.length === 0 ? (
                <p className="empty">No figures recorded on this page.</p>
              ) : (
                <ul className="mentions">
                  {mentions.map((mention) => (
                    <MentionItem key={mention.id} mention={mention} onSaveReview={onSaveReview} />
                  ))}
                </ul>
              )}
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
