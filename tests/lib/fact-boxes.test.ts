import { describe, expect, it } from 'vitest';
import { boxFieldOf } from '../../lib/fact-boxes';
import { findMentions } from '../../lib/find-mentions';
import { htmlToPageText } from '../../lib/node/html-to-text';
import { scanTriggers } from '../../lib/scan-triggers';

/** Each figure of `lines` (joined as blocks) with the claim it is tied to, in text order. */
function claimsOf(lines: string[]): [string, string | null][] {
  return findMentions(lines.join('\n')).flatMap((m) =>
    m.kind === 'figure' ? [[m.text, m.claim] as [string, string | null]] : [],
  );
}

describe('fields of a fact box about one of our companies', () => {
  it('reads "label: value" lines under a heading that names Scale AI as Scale AI’s', () => {
    expect(
      claimsOf([
        'Scale AI',
        'Founded: 2016',
        'Founders: Alexandr Wang, Lucy Guo',
        'Interim CEO: Jason Droege',
        'Revenue (2024): ~$870M',
        'Revenue target (2025): $2.0B',
        'Contractors: 9,000+',
      ]),
    ).toEqual([
      ['2016', 'scale-ai-founded-year'],
      ['$870M', 'scale-ai-revenue-2024'],
      ['$2.0B', 'scale-ai-revenue-2025'],
      ['9,000+', 'scale-ai-contractors'],
    ]);
  });

  it('reads a key on the line above its value, past rows whose values are words', () => {
    expect(
      claimsOf([
        'Scale AI at a glance',
        'Type',
        'Private',
        'Founded',
        '2016',
        'Revenue, 2024',
        '$870m',
        'Revenue target, 2025',
        '$2.0bn',
      ]),
    ).toEqual([
      ['2016', 'scale-ai-founded-year'],
      ['$870m', 'scale-ai-revenue-2024'],
      ['$2.0bn', 'scale-ai-revenue-2025'],
    ]);
  });

  it('reads a box as the page’s markup leaves it: lines indented, lines of spaces between', () => {
    const text =
      '   \nScale AI\n     \n   \n  Type\n   \n  Private\n \n  Founded\n    \n  2016\n  ';
    expect(findMentions(text).flatMap((m) => (m.kind === 'figure' ? [m.claim] : []))).toEqual([
      'scale-ai-founded-year',
    ]);
    // A key dated in parentheses, its value past a line of spaces.
    expect(claimsOf(['Scale AI', 'Revenue (2024)', '   ', '$870M'])).toEqual([
      ['$870M', 'scale-ai-revenue-2024'],
    ]);
  });

  it('reads a key that ends with its colon on the line above its value', () => {
    expect(
      claimsOf([
        'Scale AI at a glance',
        'Founded:',
        '2016',
        'Revenue (2024):',
        '   ',
        '$870M',
        'Contractors:',
        '9,000+',
      ]),
    ).toEqual([
      ['2016', 'scale-ai-founded-year'],
      ['$870M', 'scale-ai-revenue-2024'],
      ['9,000+', 'scale-ai-contractors'],
    ]);
    // Nor does a key need its colon on the value's own line.
    expect(claimsOf(['Scale AI at a glance', 'Founded 2016', 'Revenue (2024) ~$870M'])).toEqual([
      ['2016', 'scale-ai-founded-year'],
      ['$870M', 'scale-ai-revenue-2024'],
    ]);
    // Not a colon that opens a list, nor one that ends a sentence.
    expect(claimsOf(['Scale AI', 'Key figures:', '$870M'])).toEqual([]);
    expect(claimsOf(['Scale AI', 'Its revenue last year was as follows:', '$870M'])).toEqual([]);
  });

  it('reads a box under a heading that names Meta as Meta’s', () => {
    expect(
      claimsOf([
        'Meta Platforms — AI commitments, 2025',
        'CEO: Mark Zuckerberg',
        '2025 capex guide: $66–72B',
        'GPUs by end-2025: 1.3M+',
      ]),
    ).toEqual([
      ['$66–72B', 'meta-ai-spending-2025'],
      ['1.3M+', 'meta-gpus-end-2025'],
    ]);
  });

  it('adds the heading’s company to a field that names the other one', () => {
    expect(claimsOf(['Scale AI', 'Meta stake: 49%'])).toEqual([['49%', 'meta-stake-in-scale-ai']]);
  });

  it('reads no claim of the other company from a field of a Meta box', () => {
    expect(claimsOf(['Meta', 'Revenue (2024): $164.5B', 'Founded: 2004'])).toEqual([
      ['$164.5B', null],
      ['2004', null],
    ]);
  });
});

describe('fields it does not read as a box’s', () => {
  it('a box whose heading names another company, known or not', () => {
    expect(claimsOf(['Scale AI', 'Founded: 2016', 'Surge AI', 'Revenue (2024): $1.2B'])).toEqual([
      ['2016', 'scale-ai-founded-year'],
    ]);
    expect(
      claimsOf(['Scale AI', 'Founded: 2016', 'Microsoft → OpenAI', 'Total investment: $13bn']),
    ).toEqual([['2016', 'scale-ai-founded-year']]);
  });

  it('a field under a heading that names two companies', () => {
    expect(claimsOf(['Meta and Scale AI', 'Revenue (2024): $870M'])).toEqual([]);
  });

  it('a label with other words than a fact box’s ("let go", someone’s age)', () => {
    expect(claimsOf(['Scale AI', 'Contractors let go: 500', 'Wang’s age at the deal: 28'])).toEqual(
      [],
    );
  });

  it('a field past prose, another company’s row or too many lines from the heading', () => {
    expect(
      claimsOf([
        'Scale AI',
        'The company sells labelled data to AI labs.',
        'Revenue (2024): $870M',
      ]),
    ).toEqual([]);
    expect(claimsOf(['Scale AI', 'Rival: Microsoft', 'Revenue (2024): $1.1B'])).toEqual([]);
    const rows = Array.from({ length: 20 }, (_, i) => `Office ${i + 1}: San Francisco`);
    expect(claimsOf(['Scale AI', ...rows, 'Revenue (2024): $870M'])).toEqual([]);
  });

  it('a value in another company’s box under a key that names ours', () => {
    // "Owner" / "Scale AI" is a row of Outlier's infobox, not its heading.
    expect(claimsOf(['Outlier', 'Owner', 'Scale AI', 'Founded', '2015'])).toEqual([]);
  });

  it('a field past a title of its own, under a line that holds its own key and value', () => {
    // "Founded in 2016" is no key with "Competitors" its value in words: "Competitors" titles
    // a list of their figures.
    const text = [
      'Scale AI overview',
      'Founded in 2016',
      'Competitors',
      'Revenue of $1 billion in 2024',
    ];
    expect(claimsOf(text)).toEqual([['2016', 'scale-ai-founded-year']]);
  });

  it('a key with no colon that names a company or is a sentence’s words', () => {
    expect(claimsOf(['Labelbox at a glance', 'Revenue (2024) $150M'])).toEqual([]);
    expect(claimsOf(['Scale AI', 'Google revenue 2024 $350B'])).toEqual([]);
    expect(claimsOf(['Scale AI', 'Revenue fell in 2024 to about $870M and then'])).toEqual([]);
  });

  it('a sentence after a colon', () => {
    // Read as the answer to its question, which names no round or year: marked, no claim.
    expect(
      claimsOf(['Scale AI', 'Q: How much is Scale AI worth? A: Roughly $29 billion.']),
    ).toEqual([['Roughly $29 billion', null]]);
  });
});

describe('boxFieldOf', () => {
  const at = (text: string, figure: string) => {
    const { entities, figures } = scanTriggers(text);
    const found = figures.find((f) => text.slice(f.start, f.end) === figure)!;
    return boxFieldOf(text, found.start, found.end, entities);
  };

  it('gives the label’s start, the heading and a count noun the label names', () => {
    const text = 'Scale AI\nActive contractors\n9,000+';
    expect(at(text, '9,000+')).toEqual({
      kind: 'field',
      labelStart: text.indexOf('Active'),
      heading: { start: 0, end: 8, entity: 'scale-ai' },
      countNoun: 'contractors',
    });
  });

  it('finds no heading above a box titled without a company name', () => {
    const text = 'Key numbers\nScale’s 2024 revenue\n$870M';
    expect(at(text, '$870M')).toMatchObject({ heading: null });
  });

  it('is null for a line of prose or a value with words before it', () => {
    expect(at('Scale AI\nIt said revenue reached $870M', '$870M')).toBeNull();
    expect(at('Scale AI\nRevenue\nanalysts put it at $870M', '$870M')).toBeNull();
  });
});

describe('fields of cards and rows, read as the page groups them', () => {
  /** Each figure of a page with its claim, read with where its cards and rows start. */
  function pageClaims(html: string): [string, string | null][] {
    const { text, groupStarts } = htmlToPageText(html);
    return findMentions(text, { groupStarts }).flatMap((m) =>
      m.kind === 'figure' ? [[m.text, m.claim] as [string, string | null]] : [],
    );
  }
  const card = (value: string, label: string) =>
    `<div class="card"><div class="value">${value}</div><div class="label">${label}</div></div>`;

  it('never reads a stat card’s value with the card before it’s label', () => {
    // Line by line this is a key above its value: "Scale AI revenue, 2024" / "$2 billion".
    const html =
      '<h2>Scale AI</h2><div class="grid">' +
      card('$870 million', 'Scale AI revenue, 2024') +
      card('$2 billion', 'Size of the deal, per analysts') +
      '</div>';
    expect(pageClaims(html)).toEqual([['$870 million', 'scale-ai-revenue-2024']]);
  });

  it('reads a stat card’s label below its value, under the heading of its grid', () => {
    const html =
      '<h2>Scale AI at a glance</h2><div class="grid">' +
      card('$870 million', '2024 revenue') +
      card('$2 billion', 'Revenue, 2025') +
      card('$14.3B', 'Invested by Meta') +
      '</div>';
    expect(pageClaims(html)).toEqual([
      ['$870 million', 'scale-ai-revenue-2024'],
      ['$2 billion', 'scale-ai-revenue-2025'],
      ['$14.3B', 'meta-investment-in-scale-ai'],
    ]);
    // A label that names the company needs no heading, nor a heading that says whose; a row is
    // read as a card is.
    const deal =
      '<h2>The Meta–Scale AI deal, by the numbers</h2><div class="grid">' +
      card('$14.3 billion', 'Meta’s investment in Scale AI') +
      card('$870 million', 'Scale AI revenue, 2024') +
      card('$13.8 billion', 'Valuation, 2024') +
      '</div>';
    expect(pageClaims(deal)).toEqual([
      ['$14.3 billion', 'meta-investment-in-scale-ai'],
      ['$870 million', 'scale-ai-revenue-2024'],
    ]);
    const keyNumbers = `<h2>Key numbers</h2><div>${card('~$870M', 'Scale AI revenue, 2024')}</div>`;
    expect(pageClaims(keyNumbers)).toEqual([['$870M', 'scale-ai-revenue-2024']]);
    const row =
      '<h3>Scale AI</h3><table><tr><td>$2 billion</td><td>Revenue, 2025</td></tr></table>';
    expect(pageClaims(row)).toEqual([['$2 billion', 'scale-ai-revenue-2025']]);
  });

  it('reads a workforce or compute field whose value names its noun', () => {
    const claimsOf = (text: string) =>
      findMentions(text).flatMap((m) => (m.kind === 'figure' ? [[m.text, m.claim]] : []));
    expect(claimsOf('Scale AI at a glance\nWorkforce: 9,000+ contractors')).toEqual([
      ['9,000+ contractors', 'scale-ai-contractors'],
    ]);
    expect(claimsOf('Scale AI\nHeadcount: 9,000-plus contractors')).toEqual([
      ['9,000-plus contractors', 'scale-ai-contractors'],
    ]);
    expect(claimsOf('Labelbox at a glance\nWorkforce: 9,000+ contractors')).toEqual([]);
  });

  it('reads a bare count or year by the label below it, as a card of money is read', () => {
    const html =
      '<h2>Scale AI at a glance</h2><div class="grid">' +
      card('2016', 'Founded') +
      card('9,000+', 'Contractors') +
      card('$870M', '2024 revenue') +
      '</div>';
    expect(pageClaims(html)).toEqual([
      ['2016', 'scale-ai-founded-year'],
      ['9,000+', 'scale-ai-contractors'],
      ['$870M', 'scale-ai-revenue-2024'],
    ]);
    // Another company's grid, or a label that says more than the noun, is no card of ours.
    const theirs =
      '<h2>Labelbox at a glance</h2><div class="grid">' +
      card('2018', 'Founded') +
      card('9,000+', 'Contractors') +
      '</div>';
    expect(pageClaims(theirs).filter(([, claim]) => claim !== null)).toEqual([]);
    const more = `<h2>Scale AI</h2><div>${card('9,000', 'Contractors who left in 2024')}</div>`;
    expect(pageClaims(more)).toEqual([]);
  });

  it('reads no card past another company’s card or heading, prose, or more than a label', () => {
    const grid = (heading: string, ...cards: string[]) =>
      `<h2>${heading}</h2><div class="grid">${cards.join('')}</div>`;
    const claimed = (html: string) => pageClaims(html).filter(([, claim]) => claim !== null);
    expect(claimed(grid('Labelbox', card('$870 million', 'Revenue, 2024')))).toEqual([]);
    expect(claimed(grid('Meta and Scale AI', card('$870 million', 'Revenue, 2024')))).toEqual([]);
    expect(
      claimed(grid('Scale AI', card('$8B', 'Amazon investment'), card('$14.3B', 'Investment'))),
    ).toEqual([]);
    expect(
      claimed(
        grid('Scale AI', card('$1B', 'Labelbox revenue, 2024'), card('$2B', 'Revenue, 2025')),
      ),
    ).toEqual([]);
    const prose = '<p>Scale AI had a good year, its investors say.</p>';
    expect(claimed(prose + `<div>${card('$870 million', 'Revenue, 2024')}</div>`)).toEqual([]);
    const longer =
      '<h2>Scale AI</h2><div class="card"><div>$870 million</div><div>Revenue, 2024</div>' +
      '<div>Up sharply on the year before</div></div>';
    expect(claimed(longer)).toEqual([]);
  });

  it('reads past characters a page does not show', () => {
    const text = 'Scale AI\n$870 million\nScale AI re\u00advenue, 2024\n$2\u200b billion';
    const groupStarts = [text.indexOf('$870'), text.indexOf('$2')];
    const found = findMentions(text, { groupStarts }).find((m) => m.start === groupStarts[1]);
    expect(found?.kind === 'figure' ? found.claim : null).toBeNull();
    expect(findMentions(text).find((m) => m.start === groupStarts[1])).toMatchObject({
      claim: 'scale-ai-revenue-2024',
    });
  });

  it('still reads a key above its value in a table row or a definition list', () => {
    const table =
      '<h3>Scale AI</h3><table><tr><th>Revenue, 2024</th></tr><tr><td>$870M</td></tr>' +
      '<tr><th>Founded</th><td>2016</td></tr></table>';
    expect(pageClaims(table)).toEqual([
      ['$870M', 'scale-ai-revenue-2024'],
      ['2016', 'scale-ai-founded-year'],
    ]);
    const list =
      '<h3>Scale AI</h3><dl><dt>Revenue, 2024</dt><dd>$870M</dd><dt>Founded</dt><dd>2016</dd></dl>';
    expect(pageClaims(list)).toEqual([
      ['$870M', 'scale-ai-revenue-2024'],
      ['2016', 'scale-ai-founded-year'],
    ]);
  });

  it('reads a value above a row’s other value with neither row’s key', () => {
    // A header row over a row of values: "Revenue, 2025" is the line above "$870M".
    const html =
      '<h3>Scale AI</h3><table><tr><th>Revenue, 2024</th><th>Revenue, 2025</th></tr>' +
      '<tr><td>$870M</td><td>$2B</td></tr></table>';
    expect(pageClaims(html).filter(([, claim]) => claim === 'scale-ai-revenue-2025')).toEqual([]);
  });
});
