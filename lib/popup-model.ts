import { CLAIMS, findClaim } from './claims';
import type { Dataset } from './dataset-schema';
import type { EntityId } from './entities';
import type { Verdict } from './judge-mention';
import type { PageMention, PageState } from './messages';
import { sourceContradictions } from './source-contradictions';
import { sourceRowsOf, statementRow, type SourceRow, type StatementRow } from './source-rows';
import { preferredStatement, statementsBySource } from './source-statements';

/** A figure on the page as the popup lists it. */
export type FigureEntry = {
  /** The page's mention id (`data-mention-id` on the page and in the popup). */
  id: string;
  /** The figure as written on the page. */
  text: string;
  /** The value as parsed ("over $10 billion"); null when it could not be compared. */
  value: string | null;
  verdict: Verdict;
  rows: SourceRow[];
};

/** A catalog claim with the page's figures of it. */
export type ClaimGroup = {
  claimId: string;
  label: string;
  /** "Sources disagree: …" when the reference sources contradict each other, else null. */
  contradiction: string | null;
  figures: FigureEntry[];
};

/** The page's figures: per claim in catalog order, and those tied to no claim. */
export type GroupedFigures = { claims: ClaimGroup[]; unreferenced: FigureEntry[] };

/** A claim the sources make that the page does not: one row per source stating it. */
export type MissingClaim = {
  claimId: string;
  label: string;
  contradiction: string | null;
  rows: StatementRow[];
};

/** How often the page names a company. */
export type EntityCount = { entity: EntityId; name: string; count: number };

const ENTITY_NAMES: [EntityId, string][] = [
  ['meta', 'Meta'],
  ['scale-ai', 'Scale AI'],
];

function figureEntry(mention: PageMention, dataset: Dataset): FigureEntry {
  return {
    id: mention.id,
    text: mention.text,
    value: mention.value ?? null,
    verdict: mention.verdict ?? 'unreferenced',
    rows: sourceRowsOf(mention, dataset),
  };
}

function catalogRank(claimId: string): number {
  const rank = CLAIMS.findIndex((claim) => claim.id === claimId);
  return rank < 0 ? CLAIMS.length : rank;
}

/**
 * Groups the page's figure mentions by claim, claims in catalog order (a claim id the
 * catalog lacks goes last, labelled by its id), figures in page order. Figures tied to no
 * claim are listed apart, in `unreferenced`. Entity mentions are left out.
 */
export function groupByClaim(state: PageState, dataset: Dataset): GroupedFigures {
  const contradictions = sourceContradictions(dataset);
  const groups = new Map<string, ClaimGroup>();
  const unreferenced: FigureEntry[] = [];
  for (const mention of state.mentions) {
    if (mention.kind !== 'figure') continue;
    const entry = figureEntry(mention, dataset);
    if (!mention.claim) {
      unreferenced.push(entry);
      continue;
    }
    const group = groups.get(mention.claim) ?? {
      claimId: mention.claim,
      label: findClaim(mention.claim)?.label ?? mention.claim,
      contradiction: contradictions.get(mention.claim) ?? null,
      figures: [],
    };
    group.figures.push(entry);
    groups.set(mention.claim, group);
  }
  const claims = [...groups.values()].sort(
    (a, b) => catalogRank(a.claimId) - catalogRank(b.claimId),
  );
  return { claims, unreferenced };
}

/** Counts the page's names of Meta and of Scale AI (both listed, zero included). */
export function entityCounts(state: PageState): EntityCount[] {
  return ENTITY_NAMES.map(([entity, name]) => ({
    entity,
    name,
    count: state.mentions.filter((m) => m.kind === 'entity' && m.entity === entity).length,
  }));
}

/**
 * The catalog claims that some source states but no figure on the page is tied to, in
 * catalog order, each with one row per stating source (its preferred statement): what the
 * page's coverage leaves out.
 */
export function claimsNotOnPage(state: PageState, dataset: Dataset): MissingClaim[] {
  const onPage = new Set(state.mentions.map((m) => (m.kind === 'figure' ? m.claim : undefined)));
  const contradictions = sourceContradictions(dataset);
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  return CLAIMS.filter((claim) => !onPage.has(claim.id)).flatMap((claim) => {
    const bySource = statementsBySource(dataset, claim.id);
    const rows = dataset.sources.flatMap((source) => {
      const entry = preferredStatement(bySource.get(source.id) ?? []);
      return entry ? [statementRow(entry, titles.get(source.id) ?? source.id)] : [];
    });
    if (rows.length === 0) return [];
    const contradiction = contradictions.get(claim.id) ?? null;
    return [{ claimId: claim.id, label: claim.label, contradiction, rows }];
  });
}
