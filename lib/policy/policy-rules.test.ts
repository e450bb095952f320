import { describe, expect, it } from 'vitest';
import { restrictionsOf } from './effective-settings';
import { parsePolicy } from './policy-schema';
import { actionRefusal, bulkRefusal, policyFailure } from './policy-rules';

const rules = (stored: object) => restrictionsOf(parsePolicy(stored));

describe('policy rules', () => {
  it('refuses nothing without a policy', () => {
    const none = rules({});
    expect(actionRefusal(none, 'anything.resolver.com', { action: 'enforceOrgMfa' })).toBeNull();
    expect(actionRefusal(none, 'anything.resolver.com', { action: 'resetUserMfa' })).toBeNull();
    expect(bulkRefusal(none, 'anything.resolver.com', { action: 'setMfaOptOut', optOut: true })).toBeNull();
  });

  it('refuses every action and bulk run on a host the list does not name', () => {
    const listed = rules({ allowedEnvironments: ['acme.resolver.com', '*.eu.resolver.com'] });
    expect(actionRefusal(listed, 'acme-sandbox.resolver.com', { action: 'resetUserMfa', reason: 'INC-1' })).toBe('environment');
    expect(bulkRefusal(listed, 'acme-sandbox.resolver.com', null)).toBe('environment');
    expect(actionRefusal(listed, 'acme.resolver.com', { action: 'resetUserMfa' })).toBeNull();
    expect(actionRefusal(listed, 'x.eu.resolver.com', { action: 'enforceOrgMfa' })).toBeNull();
  });

  it('asks a reason for resets and opt-outs only', () => {
    const strict = rules({ requireReason: true });
    expect(actionRefusal(strict, 'a.resolver.com', { action: 'resetUserMfa' })).toBe('reason-required');
    expect(actionRefusal(strict, 'a.resolver.com', { action: 'resetUserMfa', reason: '   ' })).toBe('reason-required');
    expect(actionRefusal(strict, 'a.resolver.com', { action: 'setMfaOptOut', optOut: true })).toBe('reason-required');
    expect(actionRefusal(strict, 'a.resolver.com', { action: 'resetUserMfa', reason: 'INC-42' })).toBeNull();
    expect(actionRefusal(strict, 'a.resolver.com', { action: 'setMfaOptOut', optOut: false })).toBeNull();
    expect(actionRefusal(strict, 'a.resolver.com', { action: 'enforceOrgMfa' })).toBeNull();
    expect(bulkRefusal(strict, 'a.resolver.com', { action: 'resetUserMfa' })).toBe('reason-required');
    expect(bulkRefusal(strict, 'a.resolver.com', { action: 'resetUserMfa', reason: 'INC-42' })).toBeNull();
  });

  it('refuses enforce and bulk runs when turned off', () => {
    const off = rules({ allowEnforce: false, allowBulkRuns: false });
    expect(actionRefusal(off, 'a.resolver.com', { action: 'enforceOrgMfa' })).toBe('enforce-off');
    expect(actionRefusal(off, 'a.resolver.com', { action: 'resetUserMfa' })).toBeNull();
    expect(bulkRefusal(off, 'a.resolver.com', null)).toBe('bulk-off');
  });

  it('answers a policy failure naming why', () => {
    expect(policyFailure('environment', 'b.resolver.com')).toEqual({
      ok: false,
      kind: 'policy',
      detail: 'Your organisation does not allow this helper on b.resolver.com.',
    });
  });
});
