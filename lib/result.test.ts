import { describe, expect, it } from 'vitest';
import { FailureSchema } from './protocol';
import { fail, ok } from './result';

describe('ok / fail', () => {
  it('builds a success', () => {
    expect(ok([1])).toEqual({ ok: true, value: [1] });
  });

  it('builds a failure that passes the protocol schema, leaving out empty details', () => {
    const failure = fail('rejected', { status: 400, detail: '' });
    expect(failure).toEqual({ ok: false, kind: 'rejected', status: 400 });
    expect(FailureSchema.safeParse(failure).success).toBe(true);
    expect(fail('forbidden', { detail: 'access.denied' })).toEqual({ ok: false, kind: 'forbidden', detail: 'access.denied' });
  });
});
