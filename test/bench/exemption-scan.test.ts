import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { SEED } from '../simulator';
import { seedEnvironment } from '../simulator/seed';
import { extraUsersFor, finishedSummaryPattern, SEEDED_ACME_MEMBERS } from './exemption-scan';
import { SAMPLES } from './args';

const acmeMembers = (extraUsers: number) =>
  seedEnvironment('production', 0, extraUsers).memberships.filter((membership) => membership.orgId === SEED.orgs.acmeCorp.id).length;

describe('the exemption scan’s simulator', () => {
  it('counts the seeded Acme Corp members: the named ones in it and the 200 generated', () => {
    expect(SEEDED_ACME_MEMBERS).toBe(acmeMembers(0));
  });

  it('gets exactly the members asked for, in both modes', () => {
    for (const { scanUsers } of Object.values(SAMPLES)) expect(acmeMembers(extraUsersFor(scanUsers))).toBe(scanUsers);
  });

  it('never asks for fewer users than seeded', () => {
    expect(extraUsersFor(10)).toBe(0);
  });
});

describe('finishedSummaryPattern', () => {
  const summary = new RegExp(finishedSummaryPattern());
  const words = (exempt: string, active: string, time: string) =>
    t('exemption.summary', { exempt, active, org: SEED.orgs.acmeCorp.name, environment: t('ui.environment.production'), time });

  it('matches the finished summary, counts formatted or not', () => {
    expect(summary.test(words('1', '2,000', 'Jan 2, 2030, 3:04 AM'))).toBe(true);
    expect(summary.test(words('12', '2000', '2 Jan 2030, 03:04'))).toBe(true);
  });

  it('does not match the summary shown while the scan is still reading', () => {
    const partial = t('exemption.summary.partial', { exempt: '1', active: '1,500', org: SEED.orgs.acmeCorp.name, environment: t('ui.environment.production') });
    expect(summary.test(partial)).toBe(false);
  });
});
