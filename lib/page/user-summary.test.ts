import { describe, expect, it } from 'vitest';
import { toUserSummary } from './user-summary';

describe('toUserSummary', () => {
  it('names a user by first and last name and keeps the flags Resolver sent', () => {
    expect(
      toUserSummary({ id: 2, first: 'Alice', last: 'Martin', email: 'alice@acme.example', isActive: true, isAdmin: false, isSSO: true }),
    ).toEqual({ id: 2, name: 'Alice Martin', email: 'alice@acme.example', isActive: true, isAdmin: false, isSSO: true });
  });

  it('copes with missing or blank name parts and a missing email', () => {
    expect(toUserSummary({ id: 3, first: '  Bob ', last: null })).toEqual({ id: 3, name: 'Bob', email: '' });
    expect(toUserSummary({ id: 4, first: '', last: 'Ng', email: null })).toEqual({ id: 4, name: 'Ng', email: '' });
  });

  it('leaves an unknown flag out instead of reporting it as false', () => {
    expect(toUserSummary({ id: 5, first: 'Dave', last: 'Sso', isSSO: null })).not.toHaveProperty('isSSO');
  });
});
