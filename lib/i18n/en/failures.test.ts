import { describe, expect, it } from 'vitest';
import { FailureKindSchema } from '../../protocol';
import { t } from '../index';

describe('failure messages', () => {
  it.each(FailureKindSchema.options)('has an English sentence for %s', (kind) => {
    const text = t(`failure.${kind}`);
    expect(text).not.toBe(`failure.${kind}`);
    expect(text).toMatch(/^[A-Z].*\.$/s);
  });
});
