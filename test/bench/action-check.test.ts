import { describe, expect, it } from 'vitest';
import { SEED, startSimulator, simRequest, loginToken } from '../simulator';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { assertOnlyPut, startWatching } from './action-check';

const admin = { email: SEED.users.admin.email, password: SEED.passwords.admin, org: SEED.orgs.acmeCorp.name };

describe('assertOnlyPut', () => {
  it('passes for the one PUT sent, and fails for another body, another path, or a second PUT', async () => {
    const sim = await startSimulator({ port: 0 });
    try {
      const { token } = await loginToken(sim, admin);
      const path = ACTIONS.setMfaOptOut.path.replace('{id}', String(SEED.users.bob.id));
      startWatching(sim);
      expect(() => assertOnlyPut(sim, { path, body: { mfaOptOut: true } }, 'nothing sent')).toThrow(/received \[\]/);

      await simRequest(sim, { method: 'PUT', path, token, body: { mfaOptOut: true } });
      expect(() => assertOnlyPut(sim, { path, body: { mfaOptOut: true } }, 'opt-out')).not.toThrow();
      expect(() => assertOnlyPut(sim, { path, body: { mfaOptOut: false } }, 'opt-in')).toThrow(/opt-in/);
      expect(() => assertOnlyPut(sim, { path: `${path}x`, body: { mfaOptOut: true } }, 'path')).toThrow();

      await simRequest(sim, { method: 'PUT', path, token, body: { mfaOptOut: true } });
      expect(() => assertOnlyPut(sim, { path, body: { mfaOptOut: true } }, 'twice')).toThrow(/twice/);
    } finally {
      await sim.close();
    }
  });
});
