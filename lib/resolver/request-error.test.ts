import { describe, expect, it } from 'vitest';
import { RequestBuildError } from './request-error';

describe('RequestBuildError', () => {
  it('carries its code and the English sentence with the details filled in', () => {
    const error = new RequestBuildError('spec-ref-unresolved', { ref: '#/definitions/Gone' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RequestBuildError');
    expect(error.code).toBe('spec-ref-unresolved');
    expect(error.message).toBe("The page's API description refers to #/definitions/Gone, which it does not contain.");
  });
});
