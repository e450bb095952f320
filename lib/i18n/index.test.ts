import { describe, expect, it } from 'vitest';
import { t } from './index';

describe('t', () => {
  it('returns the English text for a key', () => {
    expect(t('app.name')).toBe('Resolver MFA helper');
  });
});
