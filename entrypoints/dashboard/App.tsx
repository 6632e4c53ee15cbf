import { useRef } from 'react';
import { DatasetMatrix } from '../../components/dashboard/DatasetMatrix';
import { HistoryActions, type ExportFormat } from '../../components/dashboard/HistoryActions';
import { HistoryFilters } from '../../components/dashboard/HistoryFilters';
import { HistoryLimitSetting } from '../../components/dashboard/HistoryLimitSetting';
import { SightingList } from '../../components/dashboard/SightingList';
import { StoreMessage, type StoreNotice } from '../../components/dashboard/StoreMessage';
import type { DatasetMatrix as Matrix } from '../../lib/dataset-matrix';
import type { FilterOptions } from '../../lib/history-view';
import type { HistoryFilter } from '../../lib/store/list-sightings';
import type { HistoryEntry, Review } from '../../lib/store/schema';

/** Everything the dashboard shows, and what it reports back (see use-history.ts). */
export type DashboardProps = {
  matrix: Matrix;
  /** The filtered history; null while loading or after a failed load. */
  entries: HistoryEntry[] | null;
  loadFailed: boolean;
  options: FilterOptions;
  filter: HistoryFilter;
  notice: StoreNotice | null;
  busy: boolean;
  historyLimit: number | null;
  confirm: (question: string) => boolean;
  onFilterChange: (filter: HistoryFilter) => void;
  onSaveReview: (mentionId: string, review: Review, note: string) => void;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
  onClear: (site: string | undefined) => void;
  onHistoryLimitChange: (limit: number) => void;
  onReload: () => void;
  onDismiss: () => void;
};

function HistoryBody(props: DashboardProps) {
  const { entries, loadFailed, filter, onSaveReview, onReload } = props;
  if (entries === null) {
    return loadFailed ? (
      <p className="empty">
        The history could not be read.{' '}
        <button type="button" onClick={onReload}>
          Try again
        </button>
      </p>
    ) : (
      <p className="empty" aria-busy="true">
        Reading the history…
      </p>
    );
  }
  return (
    <SightingList
      entries={entries}
      filtered={Object.values(filter).some((value) => value !== undefined)}
      onSaveReview={onSaveReview}
    />
  );
}

/**
 * The dashboard page: the history of sightings with filters, reviews, export, import and
 * clearing; the reference sources as a claim × source table; and the history's size.
 */
export function App(props: DashboardProps) {
  // The Dismiss button goes with the message; the focus moves on to what follows it, not to
  // the document's body, where a keyboard or screen reader user would lose their place.
  const historyHeading = useRef<HTMLHeadingElement>(null);
  const onDismiss = () => {
    props.onDismiss();
    historyHeading.current?.focus();
  };
  return (
    <>
      <header className="page-header">
        <h1>Sourcemark dashboard</h1>
        <nav aria-label="Sections">
          <ul>
            <li>
              <a href="#history">History</a>
            </li>
            <li>
              <a href="#sources">Reference sources</a>
            </li>
            <li>
              <a href="#settings">Settings</a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        <StoreMessage notice={props.notice} onDismiss={onDismiss} />
        <section id="history" aria-labelledby="history-heading">
          <h2 id="history-heading" tabIndex={-1} ref={historyHeading}>
            Figures seen on pages
          </h2>
          <HistoryFilters
            filter={props.filter}
            options={props.options}
            onChange={props.onFilterChange}
          />
          <HistoryActions
            sites={props.options.sites}
            site={props.filter.site}
            busy={props.busy}
            confirm={props.confirm}
            onExport={props.onExport}
            onImport={props.onImport}
            onClear={props.onClear}
          />
          <HistoryBody {...props} />
        </section>
        <DatasetMatrix matrix={props.matrix} />
        <section id="settings" aria-labelledby="settings-heading">
          <h2 id="settings-heading">Settings</h2>
          <HistoryLimitSetting limit={props.historyLimit} onSave={props.onHistoryLimitChange} />
        </section>
      </main>
    </>
  );
}
