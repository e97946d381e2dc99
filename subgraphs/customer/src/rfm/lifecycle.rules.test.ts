import { classifyLifecycle, shanghaiDaysBetween } from './lifecycle.rules';
import { LifecycleStage } from './lifecycle.enums';

const now = new Date('2026-06-30T02:00:00.000Z'); // 10:00 in Shanghai
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

test('days are Asia/Shanghai calendar days', () => {
  expect(shanghaiDaysBetween(new Date('2026-06-29T16:00:00.000Z'), now)).toBe(0); // 00:00 today in Shanghai
  expect(shanghaiDaysBetween(new Date('2026-06-29T15:59:59.999Z'), now)).toBe(1); // 23:59 yesterday
  expect(shanghaiDaysBetween(daysAgo(181), now)).toBe(181);
});

test('no order is POTENTIAL', () => {
  expect(classifyLifecycle({ orders: 0, lastPaidAt: null }, now)).toBe(LifecycleStage.POTENTIAL);
});

test('one order within 30 days is NEW; older single orders follow recency', () => {
  expect(classifyLifecycle({ orders: 1, lastPaidAt: daysAgo(0) }, now)).toBe(LifecycleStage.NEW);
  expect(classifyLifecycle({ orders: 1, lastPaidAt: daysAgo(29) }, now)).toBe(LifecycleStage.NEW);
  expect(classifyLifecycle({ orders: 1, lastPaidAt: daysAgo(30) }, now)).toBe(LifecycleStage.ACTIVE);
  expect(classifyLifecycle({ orders: 2, lastPaidAt: daysAgo(1) }, now)).toBe(LifecycleStage.ACTIVE);
});

test('5+ orders with the last within 90 days is LOYAL; 4 is ACTIVE', () => {
  expect(classifyLifecycle({ orders: 5, lastPaidAt: daysAgo(89) }, now)).toBe(LifecycleStage.LOYAL);
  expect(classifyLifecycle({ orders: 4, lastPaidAt: daysAgo(89) }, now)).toBe(LifecycleStage.ACTIVE);
});

test('last order 90–180 days ago is AT_RISK, later CHURNED, whatever the count', () => {
  expect(classifyLifecycle({ orders: 9, lastPaidAt: daysAgo(90) }, now)).toBe(LifecycleStage.AT_RISK);
  expect(classifyLifecycle({ orders: 1, lastPaidAt: daysAgo(180) }, now)).toBe(LifecycleStage.AT_RISK);
  expect(classifyLifecycle({ orders: 9, lastPaidAt: daysAgo(181) }, now)).toBe(LifecycleStage.CHURNED);
});
