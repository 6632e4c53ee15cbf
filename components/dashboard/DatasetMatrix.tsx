import type { DatasetMatrix as Matrix, MatrixCell } from '../../lib/dataset-matrix';
import { shortSourceId } from '../../lib/source-statements';

const DISAGREE = '⚠ sources disagree';

function Cell({ cell }: { cell: MatrixCell }) {
  return (
    <td
      data-source={cell.sourceId}
      data-disputed={cell.disputed ? 'true' : undefined}
      className={cell.disputed ? 'disputed' : undefined}
    >
      {cell.statements.length === 0 ? (
        <span className="silent">Not stated</span>
      ) : (
        <ul className="statements">
          {cell.statements.map((statement) => (
            <li key={statement.index}>
              <strong>{statement.value}</strong> <q>{statement.quote}</q>
            </li>
          ))}
        </ul>
      )}
      {cell.disputed && <p className="disputed-note">{DISAGREE}</p>}
    </td>
  );
}

/**
 * The reference dataset as a table: one row per claim, one column per source, each cell the
 * source's statements (figure and sentence). Cells another source disagrees with say so in
 * words ("⚠ sources disagree"), not by colour alone, and so does their row's header.
 */
export function DatasetMatrix({ matrix }: { matrix: Matrix }) {
  return (
    <section className="dataset-matrix" aria-labelledby="matrix-heading" id="sources">
      <h2 id="matrix-heading">What the reference sources say</h2>
      <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table>
          <caption id="matrix-caption">
            Each reference source’s statements, claim by claim. “{DISAGREE}” marks a source that
            another source contradicts.
          </caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              {matrix.sources.map((source) => (
                <th scope="col" key={source.id} data-source={source.id}>
                  <span className="source-id">{shortSourceId(source.id)}</span>{' '}
                  <span className="source-title">{source.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr
                key={row.claimId}
                data-claim={row.claimId}
                data-disputed={row.disputed ? 'true' : undefined}
              >
                <th scope="row">
                  {row.label}
                  {row.disputed && <span className="disputed-note"> {DISAGREE}</span>}
                </th>
                {row.cells.map((cell) => (
                  <Cell key={cell.sourceId} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
