import { describe, expect, it } from 'vitest';
import { SEED } from './index';
import { accountLines } from './accounts';

describe('accountLines', () => {
  const lines = accountLines();

  it('gives the admin sign-in first, with its password and both production orgs', () => {
    expect(lines[0]).toBe(`${SEED.users.admin.email} / ${SEED.passwords.admin}: admin, Acme Corp + Acme Subsidiary`);
  });

  it('gives the authenticator key of the enrolled user and flags the special cases', () => {
    expect(lines.find((line) => line.startsWith(SEED.users.alice.email))).toContain(SEED.users.alice.totpSecret);
    expect(lines.find((line) => line.startsWith(SEED.users.carol.email))).toContain('opted out of MFA');
    expect(lines.find((line) => line.startsWith(SEED.users.dave.email))).toContain('SSO');
    expect(lines.find((line) => line.startsWith(SEED.users.viewer.email))).toContain('not an admin');
  });

  it('ends with the range of generated users', () => {
    expect(lines.at(-1)).toBe(`user001@acme.example … user240@acme.example / ${SEED.passwords.user}: generated users, not admins`);
  });
});
