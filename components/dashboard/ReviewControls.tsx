import { useId, useState } from 'react';
import { REVIEW_LABELS } from '../../lib/history-view';
import { REVIEWS, reviewSchema, type Review } from '../../lib/store/schema';

/**
 * The review of one mention: a labelled select of review state, a labelled note and a Save
 * button. Edits stay local until saved; `onSave` gets the chosen state and the note. When the
 * stored review or note changes (a save, an import), the draft is reset to it in place: the
 * form stays mounted, so a keyboard user who pressed Save keeps the focus on it.
 */
export function ReviewControls({
  subject,
  review,
  note,
  onSave,
}: {
  /** What is reviewed, for the group's name: "$14 billion". */
  subject: string;
  review: Review;
  note: string;
  onSave: (review: Review, note: string) => void;
}) {
  const id = useId();
  const [draftReview, setDraftReview] = useState<Review>(review);
  const [draftNote, setDraftNote] = useState(note);
  // Adjusted while rendering, as react.dev "You Might Not Need an Effect" shows: remounting
  // the form (a changing `key`) instead would drop the focus to the document's body.
  const [stored, setStored] = useState({ review, note });
  if (stored.review !== review || stored.note !== note) {
    setStored({ review, note });
    setDraftReview(review);
    setDraftNote(note);
  }
  return (
    <form
      className="review-controls"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draftReview, draftNote);
      }}
    >
      <fieldset>
        <legend>Your review of “{subject}”</legend>
        <div className="field">
          <label htmlFor={`${id}-review`}>Review state</label>
          <select
            id={`${id}-review`}
            value={draftReview}
            onChange={(event) => {
              const parsed = reviewSchema.safeParse(event.target.value);
              if (parsed.success) setDraftReview(parsed.data);
            }}
          >
            {REVIEWS.map((state) => (
              <option key={state} value={state}>
                {REVIEW_LABELS[state]}
              </option>
            ))}
          </select>
        </div>
        <div className="field note-field">
          <label htmlFor={`${id}-note`}>Note</label>
          <textarea
            id={`${id}-note`}
            value={draftNote}
            rows={2}
            maxLength={10_000}
            onChange={(event) => setDraftNote(event.target.value)}
          />
        </div>
        <button type="submit">Save review</button>
      </fieldset>
    </form>
  );
}
