import { describe, expect, it } from 'vitest';
import { parsePolicy } from './policy-schema';
import { patternMatches, patternProblem } from './environment-pattern';

describe('environment patterns', () => {
  it.each([
    ['acme.resolver.com', null],
    ['ACME.Resolver.com ', null],
    ['*.resolver.com', null],
    ['*.eu.resolver.com', null],
    ['resolver.com', 'not-resolver'],
    ['acme.example.com', 'not-resolver'],
    ['*.com', 'not-resolver'],
    ['https://acme.resolver.com/', 'shape'],
    ['acme.resolver.com:443', 'shape'],
    ['acme*.resolver.com', 'shape'],
    ['', 'shape'],
  ])('%j: %s', (pattern, problem) => {
    expect(patternProblem(pattern)).toBe(problem);
  });

  it('matches exact hosts exactly and suffix patterns below their domain only', () => {
    expect(patternMatches('acme.resolver.com', 'ACME.resolver.com')).toBe(true);
    expect(patternMatches('acme.resolver.com', 'acme-sandbox.resolver.com')).toBe(false);
    expect(patternMatches('*.eu.resolver.com', 'acme.eu.resolver.com')).toBe(true);
    expect(patternMatches('*.eu.resolver.com', 'eu.resolver.com')).toBe(false);
    expect(patternMatches('*.eu.resolver.com', 'acmeeu.resolver.com')).toBe(false);
    expect(patternMatches('*.resolver.com', 'anything.resolver.com')).toBe(true);
  });
});

describe('parsePolicy', () => {
  it('reads no policy as no values and no problems', () => {
    for (const stored of [undefined, null, {}, [], 'x']) expect(parsePolicy(stored)).toEqual({ values: {}, problems: [] });
  });

  it('reads every value the organisation may set', () => {
    const policy = parsePolicy({
      allowedEnvironments: ['Acme.resolver.com', '*.eu.resolver.com', 'acme.resolver.com'],
      callerChecklist: ['Called back on the number in HR records'],
      requireReason: true,
      allowBulkRuns: false,
      allowEnforce: false,
      auditRetentionDays: 90,
    });
    expect(policy).toEqual({
      values: {
        allowedEnvironments: ['acme.resolver.com', '*.eu.resolver.com'],
        callerChecklist: ['Called back on the number in HR records'],
        requireReason: true,
        allowBulkRuns: false,
        allowEnforce: false,
        auditRetentionDays: 90,
      },
      problems: [],
    });
  });

  it('sets a bad value aside with its own problem and keeps the others', () => {
    const policy = parsePolicy({
      allowedEnvironments: ['acme.resolver.com', 'acme.example.com'],
      requireReason: 'yes',
      auditRetentionDays: -3,
      allowEnforce: false,
      maxUsers: 3,
    });
    expect(policy.values).toEqual({ allowEnforce: false });
    expect(policy.problems).toEqual([
      { key: 'allowedEnvironments', code: 'environment-not-resolver', value: 'acme.example.com' },
      { key: 'requireReason', code: 'boolean', value: 'yes' },
      { key: 'auditRetentionDays', code: 'days', value: '-3' },
      { key: 'maxUsers', code: 'unknown-key' },
    ]);
  });

  it.each([
    [{ allowedEnvironments: 'acme.resolver.com' }, { key: 'allowedEnvironments', code: 'environments-type' }],
    [{ allowedEnvironments: [] }, { key: 'allowedEnvironments', code: 'environments-empty' }],
    [{ allowedEnvironments: Array.from({ length: 101 }, (_, i) => `e${i}.resolver.com`) }, { key: 'allowedEnvironments', code: 'environments-too-many' }],
    [{ allowedEnvironments: ['https://acme.resolver.com'] }, { key: 'allowedEnvironments', code: 'environment-shape', value: 'https://acme.resolver.com' }],
    [{ callerChecklist: ['x'.repeat(201)] }, { key: 'callerChecklist', code: 'checklist' }],
    [{ auditRetentionDays: 1.5 }, { key: 'auditRetentionDays', code: 'days', value: '1.5' }],
    [{ auditRetentionDays: '30' }, { key: 'auditRetentionDays', code: 'days', value: '30' }],
    [{ allowBulkRuns: 0 }, { key: 'allowBulkRuns', code: 'boolean', value: '0' }],
  ])('%j: %j', (stored, problem) => {
    expect(parsePolicy(stored)).toEqual({ values: {}, problems: [problem] });
  });
});
