import { DEFAULT_SETTINGS } from '../settings';
import { dueTimes, slaTarget } from './sla.rules';

describe('SLA targets', () => {
  test('the priority decides, a tier only tightens', () => {
    expect(slaTarget(DEFAULT_SETTINGS, 'NORMAL', null)).toEqual({ firstResponseMinutes: 480, resolutionMinutes: 4320 });
    expect(slaTarget(DEFAULT_SETTINGS, 'NORMAL', 'DIAMOND')).toEqual({ firstResponseMinutes: 120, resolutionMinutes: 1440 });
    expect(slaTarget(DEFAULT_SETTINGS, 'URGENT', 'DIAMOND')).toEqual({ firstResponseMinutes: 30, resolutionMinutes: 240 });
    expect(slaTarget(DEFAULT_SETTINGS, 'LOW', 'SILVER')).toEqual({ firstResponseMinutes: 1440, resolutionMinutes: 7200 });
  });

  test('paused time moves both due times', () => {
    const opened = new Date('2026-01-01T00:00:00Z');
    expect(dueTimes(opened, { firstResponseMinutes: 60, resolutionMinutes: 120 }, 30 * 60_000)).toEqual({
      firstResponseDueAt: new Date('2026-01-01T01:30:00Z'),
      resolutionDueAt: new Date('2026-01-01T02:30:00Z'),
    });
  });
});
