import { SqlParams } from './sql-params';

test('placeholders are numbered in the order the values are added, across pieces', () => {
  const q = new SqlParams();
  const first = `select ${q.add('a')}, ${q.add(2)}`;
  const second = `where x = ${q.add(null)}`;
  expect(`${first} ${second}`).toBe('select $1, $2 where x = $3');
  expect(q.values).toEqual(['a', 2, null]);
});
