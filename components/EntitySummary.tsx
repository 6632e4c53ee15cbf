import type { EntityCount } from '@/lib/popup-model';

/** How often the page names Meta and Scale AI. */
export function EntitySummary({ counts }: { counts: EntityCount[] }) {
  return (
    <section className="entity-summary" aria-labelledby="entities-heading">
      <h2 id="entities-heading">Names on this page</h2>
      <ul>
        {counts.map(({ entity, name, count }) => (
          <li key={entity} data-entity={entity}>
            {name}: <strong>{count}</strong> {count === 1 ? 'mention' : 'mentions'}
          </li>
        ))}
      </ul>
    </section>
  );
}
