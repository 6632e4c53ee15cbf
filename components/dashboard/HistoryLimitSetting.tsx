import { useId, useState } from 'react';
import { parseHistoryLimit } from '../../lib/history-view';
import { HISTORY_LIMIT_MAX } from '../../lib/settings';

/**
 * The history's size: how many pages it keeps (the least recently seen go first). Saves a
 * whole number from 1 to 100,000 through `onSave`; anything else is explained, not saved.
 * `limit` is null while the settings are read.
 */
export function HistoryLimitSetting({
  limit,
  onSave,
}: {
  limit: number | null;
  onSave: (limit: number) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const shown = draft ?? (limit === null ? '' : String(limit));
  return (
    <form
      className="history-limit"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseHistoryLimit(shown);
        setInvalid(parsed === null);
        if (parsed === null) return;
        setDraft(null);
        onSave(parsed);
      }}
    >
      <div className="field">
        <label htmlFor={id}>Pages to keep in the history</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={HISTORY_LIMIT_MAX}
          step={1}
          value={shown}
          disabled={limit === null}
          aria-invalid={invalid}
          aria-describedby={`${id}-help`}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
      <p id={`${id}-help`} className="hint">
        {invalid
          ? `Enter a whole number from 1 to ${HISTORY_LIMIT_MAX.toLocaleString('en-US')}.`
          : 'When the history is full, the pages seen longest ago are removed first.'}
      </p>
      <button type="submit" disabled={limit === null}>
        Save limit
      </button>
    </form>
  );
}
