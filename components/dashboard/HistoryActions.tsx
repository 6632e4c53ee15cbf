import { useId, useState } from 'react';

/** The export formats: lossless JSON, one CSV row per mention, ClaimReview for reviewed ones. */
export type ExportFormat = 'json' | 'csv' | 'claim-review';

const EXPORTS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'json', label: 'Export JSON', hint: 'everything, re-importable' },
  { format: 'csv', label: 'Export CSV', hint: 'one row per mention' },
  { format: 'claim-review', label: 'Export ClaimReview', hint: 'reviewed mentions, JSON-LD' },
];

/**
 * Export, import and clearing. Exports report their format; the import reports the chosen
 * file; clearing asks `confirm` first (window.confirm in the page) and reports the site to
 * clear, or undefined for the whole history.
 */
export function HistoryActions({
  sites,
  site,
  busy,
  confirm,
  onExport,
  onImport,
  onClear,
}: {
  /** The sites in the history, for "Clear this site". */
  sites: string[];
  /** The site the filters show, chosen first for clearing. */
  site: string | undefined;
  /**
   * True while an operation runs: actions do nothing meanwhile. They say so with
   * `aria-disabled` rather than `disabled`, which would throw the keyboard focus off the
   * button just pressed whenever an operation outlasts a frame.
   */
  busy: boolean;
  confirm: (question: string) => boolean;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
  onClear: (site: string | undefined) => void;
}) {
  const id = useId();
  const [chosenSite, setChosenSite] = useState<string | undefined>(undefined);
  const siteToClear = [chosenSite, site, sites[0]].find(
    (s) => s !== undefined && sites.includes(s),
  );
  return (
    <section className="history-actions" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Export, import and clear</h3>
      <div className="action-group" role="group" aria-labelledby={`${id}-export`}>
        <span id={`${id}-export`} className="group-label">
          Export
        </span>
        {EXPORTS.map(({ format, label, hint }) => (
          <button
            key={format}
            type="button"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) onExport(format);
            }}
          >
            {label}
            <span className="hint"> ({hint})</span>
          </button>
        ))}
      </div>
      <div className="action-group">
        <label htmlFor={`${id}-import`}>Import a JSON export</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          aria-disabled={busy}
          onClick={(event) => {
            if (busy) event.preventDefault(); // no file chooser while an operation runs
          }}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so choosing the same file again imports it again.
            event.target.value = '';
            if (file) onImport(file);
          }}
        />
      </div>
      <div className="action-group">
        <button
          type="button"
          className="danger"
          disabled={sites.length === 0}
          aria-disabled={busy}
          onClick={() => {
            if (
              !busy &&
              confirm(
                'Delete the whole history, reviews and notes included? This cannot be undone.',
              )
            ) {
              onClear(undefined);
            }
          }}
        >
          Clear history
        </button>
        <label htmlFor={`${id}-site`}>Site to clear</label>
        <select
          id={`${id}-site`}
          value={siteToClear ?? ''}
          disabled={sites.length === 0}
          onChange={(event) => setChosenSite(event.target.value)}
        >
          {sites.length === 0 && <option value="">No sites</option>}
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="danger"
          disabled={siteToClear === undefined}
          aria-disabled={busy}
          onClick={() => {
            if (
              !busy &&
              siteToClear !== undefined &&
              confirm(
                `Delete every page of ${siteToClear} from the history, reviews and notes included?`,
              )
            ) {
              onClear(siteToClear);
            }
          }}
        >
          Clear this site
        </button>
      </div>
    </section>
  );
}
