import { findClaim } from './claims';
import type { Dataset } from './dataset-schema';
import type { EntityId } from './entities';
import { findMentions, type TextContext } from './find-mentions';
import { formatFigure } from './format-figure';
import { indexStatements, judgeFigure, type Judgement, type Verdict } from './judge-mention';
import type { EntityMention, FigureMention, Mention } from './mention';
import { quoteExcerpt, shorten } from './quote-excerpt';
import { wrapText } from './wrap-text';

/**
 * One mention in the checker's JSON output. `start` and `end` index the checked text;
 * `value` is the page's figure in plain English; `agree` and `disagree` list source ids.
 */
export type ReportRow = {
  text: string;
  start: number;
  end: number;
  kind: 'entity' | 'figure';
  entity?: EntityId;
  claim?: string | null;
  value?: string;
  verdict?: Verdict;
  agree: string[];
  disagree: string[];
};

type JudgedFigure = { mention: FigureMention; judgement: Judgement };
type JudgedMention = JudgedFigure | { mention: EntityMention; judgement: null };

const ENTITY_NAMES: Record<EntityId, string> = { meta: 'Meta', 'scale-ai': 'Scale AI' };
/** Verdicts in summary order, as counted ("3 agree"). */
const VERDICT_COUNTED: Record<Verdict, string> = {
  agrees: 'agree',
  mixed: 'mixed',
  disagrees: 'disagree',
  unreferenced: 'unreferenced',
};

function judgeMentions(text: string, dataset: Dataset, context: TextContext): JudgedMention[] {
  const index = indexStatements(dataset);
  return findMentions(text, context).map((mention): JudgedMention =>
    mention.kind === 'figure'
      ? { mention, judgement: judgeFigure(mention.claim, mention.figure, index) }
      : { mention, judgement: null },
  );
}

/**
 * The checker's JSON rows: every mention of Meta, Scale AI and their figures in `text`.
 * `context` says what is known of the text's page (where its cards and rows start).
 */
export function buildReport(
  text: string,
  dataset: Dataset,
  context: TextContext = {},
): ReportRow[] {
  return judgeMentions(text, dataset, context).map((judged): ReportRow => {
    const { text: mentionText, start, end } = judged.mention;
    if (judged.judgement === null) {
      const { entity } = judged.mention;
      return { text: mentionText, start, end, kind: 'entity', entity, agree: [], disagree: [] };
    }
    const { mention, judgement } = judged;
    return {
      text: mentionText,
      start,
      end,
      kind: 'figure',
      claim: mention.claim,
      ...(mention.figure ? { value: formatFigure(mention.figure) } : {}),
      verdict: judgement.verdict,
      agree: judgement.agree,
      disagree: judgement.disagree,
    };
  });
}

function verdictLine({ mention, judgement }: JudgedFigure): string {
  const { verdict, agree, disagree } = judgement;
  if (verdict !== 'unreferenced') {
    return `${verdict} (${agree.length} agree, ${disagree.length} disagree)`;
  }
  if (!mention.figure) return 'unreferenced (not compared)';
  return mention.claim ? 'unreferenced (no source states this claim)' : 'unreferenced';
}

function pageValue(mention: FigureMention): string {
  if (mention.figure) return formatFigure(mention.figure);
  return mention.unsupported === 'currency'
    ? '— another currency, not compared'
    : '— a number format that cannot be compared';
}

function figureBlock(
  judged: JudgedFigure,
  number: number,
  titles: Map<string, string>,
  text: string,
) {
  const { mention, judgement } = judged;
  const line = text.slice(0, mention.start).split('\n').length;
  const label = mention.claim ? (findClaim(mention.claim)?.label ?? mention.claim) : null;
  const lines = [
    ...wrapText(`"${mention.text}" (line ${line})`, `${number}.`, 3),
    `   Claim:   ${label ?? '— no catalog claim'}`,
    `   Page:    ${pageValue(mention)}`,
    `   Verdict: ${verdictLine(judged)}`,
  ];
  for (const { source, stance, statement, reason } of judgement.stances) {
    const title = shorten(titles.get(source) ?? source, 48);
    lines.push(...wrapText(`${title} — ${reason}`, `   ${stance.padEnd(10)} `, 14));
    lines.push(...wrapText(`“${quoteExcerpt(statement)}”`, ' '.repeat(13), 14));
  }
  return lines.join('\n');
}

function summary(mentions: Mention[], judged: JudgedFigure[]): string {
  const entities = (Object.keys(ENTITY_NAMES) as EntityId[])
    .map((id) => {
      const count = mentions.filter((m) => m.kind === 'entity' && m.entity === id).length;
      return `${ENTITY_NAMES[id]} ${count}`;
    })
    .join(' and ');
  const byVerdict = (Object.entries(VERDICT_COUNTED) as [Verdict, string][])
    .map(([v, word]) => `${judged.filter((j) => j.judgement.verdict === v).length} ${word}`)
    .join(', ');
  const figures = `${judged.length} figure${judged.length === 1 ? '' : 's'}`;
  return wrapText(`${entities} mentions; ${figures}: ${byVerdict}.`, 'Summary:', 9).join('\n');
}

/**
 * The checker's plain-text report, laid out for 100 columns: one block per figure (its
 * claim, page value, verdict and each source's stance, reason and quote), then a summary
 * of entity mentions and figures by verdict.
 */
export function renderTable(text: string, dataset: Dataset, context: TextContext = {}): string {
  const all = judgeMentions(text, dataset, context);
  const judged = all.filter((j): j is JudgedFigure => j.judgement !== null);
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const blocks = judged.map((j, i) => figureBlock(j, i + 1, titles, text));
  if (blocks.length === 0) blocks.push('No figures about Meta or Scale AI found.');
  const mentions = all.map((j) => j.mention);
  return `${blocks.join('\n\n')}\n\n${summary(mentions, judged)}\n`;
}
