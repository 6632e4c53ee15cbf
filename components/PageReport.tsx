import type { EntityCount, GroupedFigures, MissingClaim } from '@/lib/popup-model';
import { ClaimGroup } from './ClaimGroup';
import { EntitySummary } from './EntitySummary';
import { FigureItem } from './FigureItem';
import { MissingClaims } from './MissingClaims';
import type { SourceLinks } from './SourceRow';

/** Everything the popup lists for one page: names, figures by claim, and what is left out. */
export function PageReport({
  figures,
  entities,
  missing,
  onSelect,
  links,
}: {
  figures: GroupedFigures;
  entities: EntityCount[];
  missing: MissingClaim[];
  onSelect: (mentionId: string) => void;
  links: SourceLinks;
}) {
  const hasFigures = figures.claims.length + figures.unreferenced.length > 0;
  return (
    <div className="page-report">
      <EntitySummary counts={entities} />
      <section className="claims" aria-labelledby="claims-heading">
        <h2 id="claims-heading">Figures on this page</h2>
        {hasFigures ? (
          <p className="hint">Choose a figure to show it on the page.</p>
        ) : (
          <p>No figure about the deal on this page.</p>
        )}
        {figures.claims.map((group) => (
          <ClaimGroup key={group.claimId} group={group} onSelect={onSelect} links={links} />
        ))}
        {figures.unreferenced.length > 0 && (
          <section className="claim-group" aria-labelledby="unreferenced-heading">
            <h3 id="unreferenced-heading">Not tied to a claim</h3>
            <p className="hint">Figures about Meta or Scale AI that no reference source states.</p>
            <ul className="figures">
              {figures.unreferenced.map((figure) => (
                <FigureItem key={figure.id} figure={figure} onSelect={onSelect} links={links} />
              ))}
            </ul>
          </section>
        )}
      </section>
      <MissingClaims claims={missing} links={links} />
    </div>
  );
}
