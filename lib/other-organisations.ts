import { OTHER_SCALE_WORD } from './entities';
import { matchesIn } from './matches-in';

/**
 * Companies, regulators and Meta units that are not Meta or Scale AI. A figure owned by one
 * of them ("Microsoft's $10 billion", "Amazon put $4 billion into Anthropic", a Reality Labs
 * loss, an EU fine) is never one of our claims (issue #2, "Attribution").
 */
const OTHER_ORGANISATIONS = [
  'Microsoft',
  'OpenAI',
  'Amazon',
  'AWS',
  'Anthropic',
  'Google',
  'Alphabet',
  'DeepMind',
  'Nvidia',
  'NVIDIA',
  'Apple',
  'Tesla',
  'xAI',
  'SpaceX',
  'IBM',
  'Oracle',
  'Intel',
  'AMD',
  'Salesforce',
  'SoftBank',
  'Databricks',
  'Mistral',
  'Cohere',
  'Inflection',
  'Character\\.AI',
  'Perplexity',
  'Hugging Face',
  'Stability AI',
  'DeepSeek',
  'Baidu',
  'Alibaba',
  'Tencent',
  'ByteDance',
  'TikTok',
  'Samsung',
  'Snowflake',
  'Palantir',
  'Surge AI',
  'Labelbox',
  'Appen',
  'Snorkel',
  'CoreWeave',
  'Broadcom',
  'VMware',
  // Other companies named Scale something: "Scale Computing", "Scale Venture Partners".
  `Scale(?:${OTHER_SCALE_WORD})+`,
  'Reality Labs',
  'Instagram',
  'WhatsApp',
  'Facebook',
  'Quora',
  'Uber',
  'Netflix',
  'Twitter',
  'Accel',
  'Index Ventures',
  'Founders Fund',
  'Thrive Capital',
  'Andreessen Horowitz',
  'a16z',
  'Sequoia',
  'Tiger Global',
  'General Motors',
  'Toyota',
  'the EU',
  'EU',
  'European Union',
  'European Commission',
  'Brussels',
  'FTC',
  'SEC',
  'DOJ',
  'Department of Justice',
  'Pentagon',
  'Department of Defense',
  'U\\.S\\. government',
];

const ORGANISATION = new RegExp(`\\b(?:${OTHER_ORGANISATIONS.join('|')})\\b`, 'g');

/**
 * Finds other organisations' names in `text[from, to)`. Returns their positions, in order.
 * "Facebook" inside a Meta alias ("Facebook's parent company") is left to the caller to skip.
 */
export function findOtherOrganisations(
  text: string,
  from: number,
  to: number,
): { start: number; end: number }[] {
  return matchesIn(ORGANISATION, text, from, to).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
