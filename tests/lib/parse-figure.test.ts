import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../lib/format-figure';
import { parseFigureAt } from '../../lib/parse-figure';

function parse(text: string, at = 0) {
  const parsed = parseFigureAt(text, at);
  if (!parsed) return null;
  const figure = parsed.figure;
  return {
    text: text.slice(parsed.start, parsed.end),
    value: 'qualifier' in figure ? formatFigure(figure) : `unsupported ${figure.unsupported}`,
  };
}

describe('parseFigureAt: money in the forms journalists use', () => {
  it.each([
    ['$14.3 billion', '$14.3 billion'],
    ['$14.3bn', '$14.3 billion'],
    ['$14.3B', '$14.3 billion'],
    ['US$14.3 billion', '$14.3 billion'],
    ['USD 14.3 billion', '$14.3 billion'],
    ['14.3 billion dollars', '$14.3 billion'],
    ['14.3 billion US dollars', '$14.3 billion'],
    ['$14,300,000,000', '$14,300,000,000'],
    ['ten billion dollars', '$10 billion'],
    ['Fourteen billion dollars', '$14 billion'],
    ['$14.3-billion', '$14.3 billion'],
    ['$14.3\u00a0billion', '$14.3 billion'],
    ['$14.3\u2009billion', '$14.3 billion'],
    ['$14.3\u202fbillion', '$14.3 billion'],
    ['$14 Billion', '$14 billion'],
    ['$870M', '$870 million'],
    ['$870 million', '$870 million'],
    ['$1 trillion', '$1 trillion'],
    ['$14.3 bil', '$14.3 billion'],
    ['$870 mil', '$870 million'],
  ])('reads %j as %s', (text, value) => {
    expect(parse(text)).toEqual({ text, value });
  });

  it.each([
    ['$10B+', '$10B+', 'at least $10 billion'],
    ['49%+ of it', '49%+', 'at least 49%'],
    ['$10B+5', '$10B', '$10 billion'],
  ])('reads a plus after %j as "at least" only right after an amount', (text, read, value) => {
    expect(parse(text)).toEqual({ text: read, value });
  });

  it('keeps the precision of the last written digit: "$10 billion" is 10 × 10^9', () => {
    expect(parseFigureAt('$10 billion', 0)?.figure).toMatchObject({
      low: { mantissa: 10, exponent: 9 },
    });
  });

  it('reads a compact range as one figure: "$10–14 billion"', () => {
    expect(parse('$10–14 billion')).toEqual({
      text: '$10–14 billion',
      value: '$10 billion–$14 billion',
    });
  });

  it.each(['$10-$14 billion', '$10 billion to $14 billion', '$10 to $14 billion'])(
    'reads %j as a range',
    (text) => {
      expect(parse(text)?.value).toBe('$10 billion–$14 billion');
    },
  );

  it('reads "between X and Y" as a range', () => {
    const text = 'between $10 billion and $14 billion';
    expect(parse(text, 8)).toEqual({ text: text.slice(8), value: '$10 billion–$14 billion' });
  });

  it('does not read "from X to Y" (a change) as a range', () => {
    expect(parse('from $870 million to $2 billion', 5)?.value).toBe('$870 million');
  });

  it('does not join a figure and a following year into a range', () => {
    expect(parse('$10 billion to 2025')?.value).toBe('$10 billion');
  });

  it.each([
    ['€10 billion', 'currency'],
    ['£10bn', 'currency'],
    ['C$5 billion', 'currency'],
    ['10 billion euros', 'currency'],
    ['$14,3 billion', 'number-format'],
    ['$14.300.000.000', 'number-format'],
  ])('marks %j as unsupported (%s)', (text, reason) => {
    expect(parse(text)).toEqual({ text, value: `unsupported ${reason}` });
  });
});

describe('parseFigureAt: percents, counts and years', () => {
  it.each([
    ['49%', '49%'],
    ['49 %', '49%'],
    ['49 percent', '49%'],
    ['49 per cent', '49%'],
    ['49 pct', '49%'],
    ['49pc', '49%'],
    ['45–50%', '45%–50%'],
    ['45%–50%', '45%–50%'],
    ['45% to 50%', '45%–50%'],
    ['9,000 contractors', '9,000 contractors'],
    ['1.3 million GPUs', '1.3 million GPUs'],
    ['1.3 million Nvidia H100 GPUs', '1.3 million GPUs'],
  ])('reads %j as %s', (text, value) => {
    expect(parse(text)).toEqual({ text, value });
  });

  it('reads "half" before "of Scale AI" as about 50%', () => {
    expect(parse('half of Scale AI')).toEqual({ text: 'half', value: 'about 50%' });
  });

  it('does not read "half" on its own as a figure', () => {
    expect(parse('half the time')).toBeNull();
  });

  it('reads a founding year only next to "founded"', () => {
    expect(parse('Scale AI, founded in 2016 by', 21)?.value).toBe('2016');
    expect(parse('a 2016 startup founded by', 2)?.value).toBe('2016');
    expect(parse('in the spring of 2024, the', 17)).toBeNull();
  });

  it('reads a year alone on its line above "Founded", as a stat card or timeline labels it', () => {
    expect(parse('2016\nFounded', 0)?.value).toBe('2016');
    expect(parse('Scale AI\n2016\nYear founded\n', 9)?.value).toBe('2016');
    // Not a year ending a line of prose, nor one above a line that goes on past "Founded".
    expect(parse('It grew fast in 2016\nFounded', 16)).toBeNull();
    expect(parse('2016\nFounded by Alexandr Wang', 0)).toBeNull();
  });

  it('does not read a bare number as a figure', () => {
    expect(parse('Llama 3 and 9,000 of them')).toBeNull();
    expect(parse('9,000 of them')).toBeNull();
  });

  it('does not count a year as a head-count ("2024 GPUs")', () => {
    expect(parse('2024 GPUs')).toBeNull();
  });
});

describe('parseFigureAt: amounts it cannot read are never read as smaller ones', () => {
  it.each([
    // A misspelt or foreign scale: "$14.3" would be judged as fourteen dollars.
    ['$14.3 billon', '$14.3'],
    ['$14.3 Mrd.', '$14.3'],
    ['$870 M', '$870'],
    ['$14 and a half billion', '$14'],
    ['$14.3 thousand million', '$14.3 thousand'],
  ])('%j is an unsupported %j', (text, read) => {
    expect(parse(text)).toEqual({ text: read, value: 'unsupported number-format' });
  });

  // As transcripts write figures: decimals spoken, percents and counts in words.
  it.each([
    ['fourteen point three billion dollars', '$14.3 billion'],
    ['Thirteen point eight billion dollars', '$13.8 billion'],
    ['two point five billion dollars', '$2.5 billion'],
    ['fourteen-point-three billion dollars', '$14.3 billion'],
    ['fourteen point three billion U.S. dollars', '$14.3 billion'],
    ['forty-nine percent', '49%'],
    ['forty-nine per cent', '49%'],
    ['nine thousand contractors', '9,000 contractors'],
    ['one point three million GPUs', '1.3 million GPUs'],
    ['nine thousand contract workers', '9,000 contract workers'],
  ])('reads %j in words as %j', (text, value) => {
    expect(parse(text)).toEqual({ text, value });
  });

  it.each([
    // No number: an article, or a bare scale.
    ['a percent', null],
    ['a thousand contractors', null],
    ['a point three billion dollars', null],
  ])('reads no figure in %j', (text, read) => {
    expect(parse(text)).toEqual(read);
  });

  it.each([
    ['two hundred and forty thousand contractors', 'forty thousand contractors'],
    ['one hundred forty-nine percent', 'forty-nine percent'],
    ['fourteen point three billion dollars', 'three billion dollars'],
    ['fourteen-point-three billion dollars', 'three billion dollars'],
  ])('reads no part of %j as a figure of its own', (text, part) => {
    expect(parse(text, text.indexOf(part))).toEqual({
      text: part,
      value: 'unsupported number-format',
    });
  });

  it('takes no "three billion dollars" out of "fourteen point three billion dollars"', () => {
    const text = 'fourteen point three billion dollars';
    expect(parse(text, text.indexOf('three'))).toEqual({
      text: 'three billion dollars',
      value: 'unsupported number-format',
    });
  });

  it.each([
    'anywhere from $10 billion to $15 billion',
    'plans to spend from $64 billion to $72 billion',
    'budgeted from $64 billion to $72 billion',
  ])('reads %j as a range', (range) => {
    expect(parse(range, range.indexOf('$'))?.text).toMatch(/^\$\d+ billion to \$\d+ billion$/);
  });

  it.each(['rose from $10 billion to $15 billion', 'revenue grew from $10 billion to $15 billion'])(
    'reads %j as a change, not a range',
    (change) => {
      expect(parse(change, change.indexOf('$'))?.text).toBe('$10 billion');
    },
  );
});

describe('parseFigureAt: grouped digits, scale abbreviations and "-plus"', () => {
  it('reads no "65 dollars" or "000 contractors" out of digits grouped by spaces', () => {
    const money = '65 000 000 000 dollars';
    expect(parse(money, money.indexOf('000 dollars'))?.value).toBe('unsupported number-format');
    const count = '240 000 contractors';
    expect(parse(count, count.indexOf('000'))?.value).toBe('unsupported number-format');
  });

  it.each([
    ['1.3 mln GPUs', '1.3 million GPUs'],
    ['1.3m GPUs', '1.3 million GPUs'],
    ['9k contractors', '9,000 contractors'],
    ['$10bn-plus', 'at least $10 billion'],
    ['9,000+ contractors', 'at least 9,000 contractors'],
    ['9,000-plus contractors', 'at least 9,000 contractors'],
    ['1.3M+ GPUs', 'at least 1.3 million GPUs'],
  ])('reads %j as %s', (text, value) => {
    expect(parse(text)).toEqual({ text, value });
  });

  it.each(['2 million tasks for contractors', '5,000 new contractors'])(
    'takes no count out of %j',
    (text) => {
      expect(parse(text)).toBeNull();
    },
  );
});

describe('parseFigureAt: counts labelled by their noun', () => {
  // The number is the cell's last one.
  const at = (text: string) => text.search(/\d[\d.,]*(?:\s\w+)?$/);
  it.each([
    ['Contractors: 240,000', '240,000 contractors'],
    ['Contractors: over 240,000', '240,000 contractors'],
    ['GPUs (end of 2025): 1.3 million', '1.3 million GPUs'],
    ['Headcount (contractors): roughly 240,000', '240,000 contractors'],
  ])('reads %j as %s', (text, value) => {
    expect(parse(text, at(text))?.value).toBe(value);
  });

  it.each([
    ['9,000+\nContractors', 'at least 9,000 contractors'],
    ['over 240,000\nContractors (2025)', '240,000 contractors'],
    ['Scale AI\n1.3 million\nGPUs\n', '1.3 million GPUs'],
  ])('reads %j, its noun on the line below, as %s', (text, value) => {
    expect(parse(text, text.search(/\d/))?.value).toBe(value);
  });

  it.each([
    'Contractors: 24% of staff',
    'it said 9,000\nContractors',
    '9,000\nContractors and employees',
    '9,000 said\nContractors',
    'Contractors: 2024',
    'Revenue: 870 million',
    'the contractors said in 2024: 240 people left',
  ])('reads no labelled count in %j', (text) => {
    expect(parse(text, text.lastIndexOf(text.match(/\d+/g)!.at(-1)!))?.value ?? '').not.toMatch(
      /contractors$/,
    );
  });
});
