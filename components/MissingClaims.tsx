import type { MissingClaim } from '@/lib/popup-model';
import { SourceRow, type SourceLinks } from './SourceRow';

/**
 * "Also in the sources, not on this page": the claims the reference sources make that the
 * page leaves out, each folded to one line of what the sources say, unfolding to their quotes.
 */
export function MissingClaims({ claims, links }: { claims: MissingClaim[]; links: SourceLinks }) {
  return (
    <section className="missing-claims" aria-labelledby="missing-heading">
      <h2 id="missing-heading">Also in the sources, not on this page</h2>
      {claims.length === 0 ? (
        <p>This page mentions every claim the reference sources make.</p>
      ) : (
        <ul>
          {claims.map((claim) => (
            <li key={claim.claimId} data-claim={claim.claimId}>
              <details>
                <summary>
                  <span className="claim-label">{claim.label}</span>
                  <span className="claim-says">
                    {': '}
                    {claim.rows.map((row) => `${row.shortId} says ${row.figure}`).join('; ')}
                  </span>
                </summary>
                {claim.contradiction && (
                  <p className="contradiction">
                    <span aria-hidden="true">⚠ </span>
                    {claim.contradiction}
                  </p>
                )}
                <ul className="source-rows" aria-label={`Sources on ${claim.label}`}>
                  {claim.rows.map((row) => (
                    <SourceRow key={row.sourceId} row={row} links={links} />
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
