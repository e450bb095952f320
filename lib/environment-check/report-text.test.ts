import { describe, expect, it } from 'vitest';
import { reportText } from './report-text';
import { EnvironmentReportSchema } from './report-schema';
import { sampleReport } from './test-report';

describe('the environment report as text', () => {
  it('says, one line each, where, who, what was found and what each action would send', () => {
    const text = reportText(sampleReport());
    expect(text.split('\n')).toEqual([
      'Resolver MFA helper: environment check',
      'Checked: 2026-12-04T10:00:00.000Z',
      'Extension: version 0.1.0, browser Chrome 156',
      'Page: https://acme.resolver.com (production), Swagger UI: 3 or later',
      'Session: from Resolver’s own sign-in in this tab, 10 min left, admin, org Acme Corp (id 11)',
      'API descriptions:',
      '- loaded by Swagger UI on the Swagger page: inline in the page, OpenAPI 3.0.3, holds 3 of the 3 MFA operations',
      'Places looked at:',
      '- Swagger UI on the page: this page: an API description',
      'MFA actions:',
      '- Enforce MFA: PUT /user/org/mfa. Built from this environment’s API description (loaded by Swagger UI on the Swagger page: inline in the page). Body shape: {"mfaEnabled": boolean}',
      '- Reset MFA: PUT /user/users/mfa/reset. Built from this environment’s API description (loaded by Swagger UI on the Swagger page: inline in the page). Body shape: {"userId": number}',
      '- Opt out / in: PUT /user/users/{id}/membership. Built from this environment’s API description (loaded by Swagger UI on the Swagger page: inline in the page). Body shape: {"mfaOptOut": boolean}',
      'What would stop an action:',
      '- nothing',
    ]);
  });

  it('says plainly when nothing was found and what stops the actions', () => {
    const report = sampleReport({
      page: { origin: 'https://acme.resolver.com', environment: 'production', swaggerUi: null },
      session: { source: 'access-token', secondsLeft: null, isAdmin: true, org: null },
      descriptions: [],
      lookups: [
        { source: 'discovery', url: 'https://acme.resolver.com/discover/discover', outcome: 'failed', status: 404 },
        { source: 'common-location', url: 'https://evil.example/x.json', outcome: 'other-origin' },
      ],
      actions: [
        { action: 'resetUserMfa', operationFound: false, path: '/user/users/mfa/reset', bodySource: null, bodyShape: null, problem: 'No description.' },
      ],
      blockers: ['Reset MFA: No description.'],
    });
    const text = reportText(report);
    expect(text).toContain('Swagger UI: not on this page');
    expect(text).toContain('Session: from the Swagger page’s address (access_token), time left unknown, admin, org the current org');
    expect(text).toContain('- a usual location: https://evil.example/x.json: on another origin, not used');
    expect(text).toContain('- Resolver’s service discovery: https://acme.resolver.com/discover/discover: could not be read (status 404)');
    expect(text).toContain('- Reset MFA: PUT /user/users/mfa/reset. No body can be built without your help.');
    expect(text).toContain('API descriptions:\n- nothing');
    expect(text.endsWith('What would stop an action:\n- Reset MFA: No description.')).toBe(true);
  });

  it('says when there is no session, or it could not be checked', () => {
    expect(reportText(sampleReport({ session: { source: null, secondsLeft: null, isAdmin: null, org: null } }))).toContain(
      'Session: none found (not signed in)',
    );
    expect(
      reportText(sampleReport({ session: { source: null, secondsLeft: null, isAdmin: null, org: null, problem: 'network' } })),
    ).toContain('Session: could not be checked (Resolver could not be reached.');
  });

  it('is built from a report the schema accepts', () => {
    expect(EnvironmentReportSchema.safeParse(sampleReport()).success).toBe(true);
  });
});
