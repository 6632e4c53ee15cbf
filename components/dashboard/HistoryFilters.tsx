import { useId } from 'react';
import {
  REVIEW_LABELS,
  VERDICT_LABELS,
  withFilterChoice,
  type FilterOptions,
} from '../../lib/history-view';
import type { HistoryFilter } from '../../lib/store/list-sightings';

type Choice = { value: string; label: string };

function FilterSelect({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: string | undefined;
  choices: Choice[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">All</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const entries = <K extends string>(labels: Record<K, string>): Choice[] =>
  Object.entries<string>(labels).map(([value, label]) => ({ value, label }));

/**
 * The history's filters: claim, verdict, site and review state, each a labelled select whose
 * first choice is "All". Reports the whole new filter through `onChange`.
 */
export function HistoryFilters({
  filter,
  options,
  onChange,
}: {
  filter: HistoryFilter;
  options: FilterOptions;
  onChange: (filter: HistoryFilter) => void;
}) {
  const choose = (field: keyof HistoryFilter) => (value: string) =>
    onChange(withFilterChoice(filter, field, value));
  return (
    <form
      className="history-filters"
      role="search"
      aria-label="Filter the history"
      onSubmit={(event) => event.preventDefault()}
    >
      <FilterSelect
        label="Claim"
        value={filter.claim}
        choices={options.claims.map((claim) => ({ value: claim.id, label: claim.label }))}
        onChange={choose('claim')}
      />
      <FilterSelect
        label="Verdict"
        value={filter.verdict}
        choices={entries(VERDICT_LABELS)}
        onChange={choose('verdict')}
      />
      <FilterSelect
        label="Site"
        value={filter.site}
        choices={options.sites.map((site) => ({ value: site, label: site }))}
        onChange={choose('site')}
      />
      <FilterSelect
        label="Review"
        value={filter.review}
        choices={entries(REVIEW_LABELS)}
        onChange={choose('review')}
      />
    </form>
  );
}
