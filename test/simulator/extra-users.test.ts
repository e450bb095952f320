import { describe, expect, it } from 'vitest';
import { SEED, generatedUserEmail, startSimulator } from './';

describe('startSimulator({ extraUsers })', () => {
  it('adds that many generated users to Acme Corp after the seeded ones, leaving the seed as documented', async () => {
    const sim = await startSimulator({ port: 0, extraUsers: 1000 });
    try {
      const production = sim.state.production;
      const { firstId, count } = SEED.generatedUsers;
      const last = production.user(generatedUserEmail(count + 1000));
      expect(last?.id).toBe(firstId + count + 1000 - 1);
      expect(last && production.membership(SEED.orgs.acmeCorp.id, last.id)).toBeDefined();
      // user241 is the first extra one; user240 is still the last of Acme Subsidiary.
      const first = production.user(generatedUserEmail(count + 1));
      expect(first && production.membership(SEED.orgs.acmeCorp.id, first.id)).toBeDefined();
      const seeded = production.user(generatedUserEmail(count));
      expect(seeded && production.membership(SEED.orgs.acmeSubsidiary.id, seeded.id)).toBeDefined();
      expect(seeded && production.membership(SEED.orgs.acmeCorp.id, seeded.id)).toBeUndefined();
      expect(production.user(generatedUserEmail(count + 1001))).toBeUndefined();
    } finally {
      await sim.close();
    }
  });

  it('adds none by default', async () => {
    const sim = await startSimulator({ port: 0 });
    try {
      expect(sim.state.production.user(generatedUserEmail(SEED.generatedUsers.count + 1))).toBeUndefined();
    } finally {
      await sim.close();
    }
  });
});
