/** Test support: a fresh simulator per test, and signed-in sessions for the seed accounts. */
import { test } from 'vitest';
import { type Simulator, type SimulatorOptions, startSimulator } from './index';
import { loginToken } from './login-client';
import { SEED } from './seed';

/** `simTest('…', async ({ sim }) => …)`: a default simulator started for this test only. */
export const simTest = test.extend<{ sim: Simulator }>({
  // Vitest fixtures must destructure their first argument, even when they use nothing from it.
  sim: async ({}, use) => {
    const sim = await startSimulator();
    await use(sim);
    await sim.close();
  },
});

/** Runs `body` against a simulator started with `options`, closing it afterwards. */
export async function withSimulator(options: SimulatorOptions, body: (sim: Simulator) => Promise<void>): Promise<void> {
  const sim = await startSimulator(options);
  try {
    await body(sim);
  } finally {
    await sim.close();
  }
}

/** The admin's token in Acme Corp (production) or Acme Sandbox. */
export async function adminToken(sim: Simulator, tenant: string = SEED.tenants.production): Promise<string> {
  const org = tenant === SEED.tenants.sandbox ? SEED.orgs.acmeSandbox.id : SEED.orgs.acmeCorp.id;
  const { token } = await loginToken(sim, { tenant, email: SEED.users.admin.email, password: SEED.passwords.admin, org });
  return token;
}

export async function viewerToken(sim: Simulator): Promise<string> {
  const { token } = await loginToken(sim, { email: SEED.users.viewer.email, password: SEED.passwords.user });
  return token;
}
