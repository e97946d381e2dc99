import { cohortMatrix, repurchaseSeries } from './repurchase.rules';

test('every month of the range is listed; a month without buyers has no rate', () => {
  expect(repurchaseSeries(['2026-01-01', '2026-02-01'], [{ month: '2026-02-01', buyers: 3, repeat_buyers: 1 }])).toEqual([
    { month: '2026-01-01', buyers: 0, repeatBuyers: 0, ratePercent: null },
    { month: '2026-02-01', buyers: 3, repeatBuyers: 1, ratePercent: 33.3 },
  ]);
});

test('each cohort has one column per month since it up to the current month, gaps as zeros', () => {
  const rows = [
    { cohort: '2025-12-01', offset: 0, customers: 4 },
    { cohort: '2025-12-01', offset: 2, customers: 1 },
    { cohort: '2026-02-01', offset: 0, customers: 2 },
  ];
  expect(cohortMatrix(['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01'], '2026-02-01', rows)).toEqual([
    { month: '2025-12-01', customers: 4, active: [4, 0, 1], retainedPercent: [100, 0, 25] },
    { month: '2026-02-01', customers: 2, active: [2], retainedPercent: [100] },
  ]);
});
