/** Test fixture: an environment report as a Swagger tab with a loaded description would give it. */
import type { EnvironmentReport } from './report-schema';

export function sampleReport(overrides: Partial<EnvironmentReport> = {}): EnvironmentReport {
  return {
    checkedAt: '2026-12-04T10:00:00.000Z',
    extension: { version: '0.1.0', browser: 'Chrome 156' },
    page: { origin: 'https://acme.resolver.com', environment: 'production', swaggerUi: '3+' },
    session: { source: 'web-app', secondsLeft: 600, isAdmin: true, org: { id: 11, name: 'Acme Corp' } },
    descriptions: [{ source: 'swagger-ui', url: null, format: 'openapi3', version: '3.0.3', mfaOperations: 3 }],
    lookups: [{ source: 'swagger-ui', url: null, outcome: 'found' }],
    actions: [
      {
        action: 'enforceOrgMfa',
        operationFound: true,
        path: '/user/org/mfa',
        bodySource: 'spec',
        description: { found: 'swagger-ui', url: null },
        bodyShape: '{"mfaEnabled": boolean}',
      },
      {
        action: 'resetUserMfa',
        operationFound: true,
        path: '/user/users/mfa/reset',
        bodySource: 'spec',
        description: { found: 'swagger-ui', url: null },
        bodyShape: '{"userId": number}',
      },
      {
        action: 'setMfaOptOut',
        operationFound: true,
        path: '/user/users/{id}/membership',
        bodySource: 'spec',
        description: { found: 'swagger-ui', url: null },
        bodyShape: '{"mfaOptOut": boolean}',
      },
    ],
    blockers: [],
    ...overrides,
  };
}
