/** Test fixture: stored scans of the exemption report. */
import type { ExemptUser, Scan } from './report-schema';

export const ORIGIN = 'https://acme.resolver.com';

export const CAROL: ExemptUser = { id: 4, name: 'Carol Example', email: 'carol@acme.example', active: true, admin: false, sso: false };

/** A finished scan of five users: Carol exempt, one unreported, one inactive and exempt, two subject. */
export function scanFor(fields: Partial<Scan> = {}): Scan {
  return {
    id: 'scan-1',
    origin: ORIGIN,
    environment: 'production',
    admin: { id: 1, name: 'Ada Admin', email: 'admin@acme.example' },
    org: { id: 10, name: 'Acme Corp' },
    phase: 'finished',
    pause: null,
    createdAt: '2026-03-04T10:00:00.000Z',
    updatedAt: '2026-03-04T10:01:00.000Z',
    finishedAt: '2026-03-04T10:01:00.000Z',
    lease: null,
    listing: { pages: 1, reportedTotal: null, complete: true },
    ids: [1, 2, 3, 4, 7],
    states: 'ss?xx',
    active: 'yyyyn',
    exempt: [CAROL, { id: 7, name: 'Gus Gone', email: 'gus@acme.example', active: false, admin: false, sso: false }],
    ...fields,
  };
}
