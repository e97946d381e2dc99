import { types } from 'pg';

/**
 * bigint (int8) columns hold money in cents and counts; values stay far below 2^53, so they are read
 * as numbers instead of strings. Imported once by the db module.
 */
types.setTypeParser(20, (value) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint ${value} exceeds the safe integer range`);
  return n;
});
