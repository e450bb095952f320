import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/settings-schema';
import { effectiveSettings } from './effective-settings';
import { parsePolicy } from './policy-schema';

const mine = { ...defaultSettings(), callerChecklist: ['Asked for the employee number'], lastTab: 'bulk' as const };

describe('effectiveSettings', () => {
  it('is the admin’s settings and no restriction without a policy', () => {
    const effective = effectiveSettings(mine, parsePolicy({}));
    expect(effective).toEqual({
      ...mine,
      allowedEnvironments: null,
      requireReason: false,
      allowBulkRuns: true,
      allowEnforce: true,
      auditRetentionDays: null,
      managed: new Set(),
    });
  });

  it('lets every managed value win over the admin’s, and names them', () => {
    const effective = effectiveSettings(
      mine,
      parsePolicy({ callerChecklist: [], allowedEnvironments: ['acme.resolver.com'], requireReason: true, allowBulkRuns: false, allowEnforce: false, auditRetentionDays: 30 }),
    );
    expect(effective).toMatchObject({
      callerChecklist: [],
      lastTab: 'bulk',
      allowedEnvironments: ['acme.resolver.com'],
      requireReason: true,
      allowBulkRuns: false,
      allowEnforce: false,
      auditRetentionDays: 30,
    });
    expect([...effective.managed].sort()).toEqual(['allowBulkRuns', 'allowEnforce', 'allowedEnvironments', 'auditRetentionDays', 'callerChecklist', 'requireReason']);
  });

  it('keeps the admin’s value, or the default, for a value the policy sets badly', () => {
    const effective = effectiveSettings(mine, parsePolicy({ callerChecklist: 'call back', allowBulkRuns: 'no', auditRetentionDays: 0 }));
    expect(effective).toMatchObject({ callerChecklist: mine.callerChecklist, allowBulkRuns: true, auditRetentionDays: null });
    expect(effective.managed.size).toBe(0);
  });
});
