import { describe, expect, it } from 'vitest';
import { scanCounts } from './scan-counts';
import { scanFor } from './test-scans';

describe('the counts of a scan', () => {
  it('counts a finished scan: exempt, of them the active ones, and the unreported apart from both', () => {
    // ss?xx / yyyyn: Carol exempt and active, Gus exempt and inactive, one unreported.
    expect(scanCounts(scanFor())).toEqual({
      users: 5,
      activeUsers: 4,
      read: 5,
      pending: 0,
      exempt: 2,
      activeExempt: 1,
      unreported: 1,
      failed: 0,
      gone: 0,
    });
  });

  it('leaves gone users out of every count, counts failures as read, and an unknown active state as active', () => {
    const counts = scanCounts({ states: '.!-xs?', active: 'y?nn??' });
    expect(counts).toEqual({
      users: 5, // the gone one (third) is not counted, even as inactive
      activeUsers: 4, // y, ?, ?, ? (the exempt one is inactive)
      read: 4,
      pending: 1,
      exempt: 1,
      activeExempt: 0,
      unreported: 1,
      failed: 1,
      gone: 1,
    });
  });

  it('counts an exempt user whose active state is unknown as an active exemption', () => {
    expect(scanCounts({ states: 'xx', active: '?n' })).toMatchObject({ exempt: 2, activeExempt: 1 });
  });

  it('counts nothing in an empty scan', () => {
    expect(Object.values(scanCounts({ states: '', active: '' })).every((count) => count === 0)).toBe(true);
  });
});
