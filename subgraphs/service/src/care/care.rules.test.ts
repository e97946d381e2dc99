import { buyersSince, careTicketText, complaintWindowStart, isNewCluster } from './care.rules';

const s = { complaints: 3, windowHours: 24, buyersDays: 30 };
const now = new Date('2026-03-10T12:00:00.000Z');

test('a cluster needs the threshold of complaints within the window', () => {
  expect(isNewCluster(s, 2, null, now)).toBe(false);
  expect(isNewCluster(s, 3, null, now)).toBe(true);
  expect(isNewCluster(s, 7, null, now)).toBe(true);
});

test('one cluster per SKU within a window: a cluster detected within it stops a second, an older one does not', () => {
  expect(isNewCluster(s, 4, new Date('2026-03-10T01:00:00.000Z'), now)).toBe(false);
  expect(isNewCluster(s, 4, complaintWindowStart(s, now), now)).toBe(false);
  expect(isNewCluster(s, 4, new Date('2026-03-09T11:59:59.000Z'), now)).toBe(true);
});

test('recent buyers are those who paid within buyersDays before the detection', () => {
  expect(buyersSince(s, now).toISOString()).toBe('2026-02-08T12:00:00.000Z');
  expect(complaintWindowStart(s, now).toISOString()).toBe('2026-03-09T12:00:00.000Z');
});

test('the care ticket names the SKU', () => {
  const t = careTicketText('SKU-9');
  expect(t.subject).toContain('SKU-9');
  expect(t.body).toContain('SKU-9');
});
