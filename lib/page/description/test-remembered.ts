/** Test fixture: a remembered operation as the description lookup stores it. */
import type { RememberedOperation } from './remembered-descriptions';

export function rememberedOperation(overrides: Partial<RememberedOperation> = {}): RememberedOperation {
  return {
    pathTemplate: '/user/users/mfa/reset',
    example: [0],
    document: {
      source: 'swagger-ui',
      url: null,
      format: 'openapi3',
      version: '3.0.3',
      hash: 'a'.repeat(16),
      foundOn: '/api',
    },
    checkedAt: '2026-12-04T10:00:00.000Z',
    ...overrides,
  };
}
