import type { ClaimGroup as ClaimGroupData } from '@/lib/popup-model';
import { FigureItem } from './FigureItem';
import type { SourceLinks } from './SourceRow';

/**
 * A claim and the page's figures of it; says plainly when the reference sources contradict
 * each other on the claim.
 */
export function ClaimGroup({
  group,
  onSelect,
  links,
}: {
  group: ClaimGroupData;
  onSelect: (mentionId: string) => void;
  links: SourceLinks;
}) {
  const headingId = `claim-${group.claimId}`;
  return (
    <section className="claim-group" aria-labelledby={headingId} data-claim={group.claimId}>
      <h3 id={headingId}>{group.label}</h3>
      {group.contradiction && (
        <p className="contradiction">
          <span aria-hidden="true">⚠ </span>
          {group.contradiction}
        </p>
      )}
      <ul className="figures">
        {group.figures.map((figure) => (
          <FigureItem key={figure.id} figure={figure} onSelect={onSelect} links={links} />
        ))}
      </ul>
    </section>
  );
}
