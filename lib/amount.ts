/**
 * A decimal amount as written: `value = mantissa × 10^exponent`, where `10^exponent` is the
 * unit of the last written digit ("$14.3 billion" → 143 × 10^8; "$10 billion" → 10 × 10^9,
 * because the zero of "10" is significant). Integers only, so rounding is exact.
 */
export type Amount = { mantissa: number; exponent: number };

const SCALE_EXPONENTS: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  mn: 6,
  mln: 6,
  mil: 6,
  m: 6,
  billion: 9,
  bn: 9,
  bln: 9,
  bil: 9,
  b: 9,
  trillion: 12,
  tn: 12,
  t: 12,
};

/** Returns the power of ten a scale word stands for ("bn" → 9), or 0 for no or unknown scale. */
export function scaleExponent(scale: string | undefined): number {
  if (!scale) return 0;
  return SCALE_EXPONENTS[scale.toLowerCase()] ?? 0;
}

const ENGLISH_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Reads an English-format number ("14.3", "14,300,000,000", "870") scaled by `10^scale`.
 * Returns null for forms that are not English number formats ("14,3", "14.300.000").
 */
export function parseAmount(digits: string, scale = 0): Amount | null {
  if (!ENGLISH_NUMBER.test(digits)) return null;
  let whole = '';
  let fractionDigits = 0;
  let inFraction = false;
  for (const c of digits) {
    if (c === ',') continue;
    if (c === '.') inFraction = true;
    else {
      whole += c;
      if (inFraction) fractionDigits++;
    }
  }
  const mantissa = Number(whole);
  if (!Number.isSafeInteger(mantissa)) return null;
  return { mantissa, exponent: scale - fractionDigits };
}

/** The amount as a plain number (may lose precision past 2^53; used for intervals only). */
export function amountValue(a: Amount): number {
  return a.exponent >= 0 ? a.mantissa * 10 ** a.exponent : a.mantissa / 10 ** -a.exponent;
}

/** The unit of the last written digit (10^exponent). */
export function amountUnit(a: Amount): number {
  return 10 ** a.exponent;
}

/**
 * Rounds `a` half-up to the digit of `10^exponent`. Returns `a` unchanged when it is already
 * coarser than that digit.
 */
export function roundAmount(a: Amount, exponent: number): Amount {
  if (exponent <= a.exponent) return a;
  const step = 10 ** (exponent - a.exponent);
  return { mantissa: Math.floor((2 * a.mantissa + step) / (2 * step)), exponent };
}

/** True when both amounts name the same number (at possibly different precision). */
export function isSameAmount(a: Amount, b: Amount): boolean {
  const exponent = Math.min(a.exponent, b.exponent);
  return a.mantissa * 10 ** (a.exponent - exponent) === b.mantissa * 10 ** (b.exponent - exponent);
}
