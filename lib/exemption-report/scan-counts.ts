/**
 * The figures of a scan, from its letters: what the summary line, the progress bar and the exports
 * say. A user whose active state Resolver did not report counts as active (they may still sign
 * in); a user whose opt-out state it did not report counts neither as exempt nor as subject.
 */
import { ACTIVE_STATE, USER_STATE, type Scan } from './report-schema';

export interface ScanCounts {
  /** Listed users still members of the org (the gone ones left out). */
  users: number;
  /** Of those, not known to be inactive. */
  activeUsers: number;
  /** Memberships read so far (whatever they said, failures included). */
  read: number;
  pending: number;
  exempt: number;
  /** Exempt users not known to be inactive: the summary's N. */
  activeExempt: number;
  unreported: number;
  failed: number;
  gone: number;
}

export function scanCounts(scan: Pick<Scan, 'states' | 'active'>): ScanCounts {
  const counts: ScanCounts = { users: 0, activeUsers: 0, read: 0, pending: 0, exempt: 0, activeExempt: 0, unreported: 0, failed: 0, gone: 0 };
  for (let index = 0; index < scan.states.length; index++) {
    const state = scan.states[index];
    if (state === USER_STATE.gone) {
      counts.gone += 1;
      continue;
    }
    const active = scan.active[index] !== ACTIVE_STATE.inactive;
    counts.users += 1;
    if (active) counts.activeUsers += 1;
    if (state === USER_STATE.pending) counts.pending += 1;
    else counts.read += 1;
    if (state === USER_STATE.exempt) {
      counts.exempt += 1;
      if (active) counts.activeExempt += 1;
    }
    if (state === USER_STATE.unreported) counts.unreported += 1;
    if (state === USER_STATE.failed) counts.failed += 1;
  }
  return counts;
}
