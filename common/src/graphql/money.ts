import { GraphQLScalarType, Kind } from 'graphql';

const PATTERN = /^-?\d{1,12}(\.\d{1,2})?$/;

/** Parses "12.30" / 12.3 into integer cents, or throws. */
export function toCents(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !PATTERN.test(text)) throw new TypeError('Money must be a decimal with at most 2 decimals, e.g. "199.00"');
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return text.startsWith('-') ? -cents : cents;
}

/** Formats integer cents as "12.30". */
export function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * An amount of money in CNY as a decimal string with two places ("199.00"). Inputs accept a string or
 * number with at most two decimals; internally amounts are integer cents, so nothing is lost to floats.
 */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: 'An amount of money in CNY as a decimal string with two places, e.g. "199.00".',
  serialize: (value) => fromCents(value as number),
  parseValue: (value) => toCents(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT) return toCents(ast.value);
    throw new TypeError('Money must be a string or number');
  },
});
