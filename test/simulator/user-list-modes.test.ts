import { afterEach, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../lib/resolver/knowledge';
import { startSimulator, type Simulator, type SimulatorOptions } from './index';
import { simRequest } from './http-client';
import { adminToken } from './fixtures';
import { SEED } from './seed';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function adminOf(options: SimulatorOptions) {
  sim = await startSimulator(options);
  return { sim, token: await adminToken(sim) };
}

const acmeCorp = SEED.orgs.acmeCorp;
const acmeMembers = (s: Simulator) => s.state.production.memberships.filter((m) => m.orgId === acmeCorp.id).length;
const ids = (json: unknown) => (json as { data: { id: number }[] }).data.map((user) => user.id);
const membershipPath = (userId: number) =>
  ENDPOINTS.membership.replace('{orgId}', String(acmeCorp.id)).replace('{userId}', String(userId));

type PagedAnswer = { data: { id: number }[]; meta: { total: number }; links: { next: string | null } };

describe('the user list modes', () => {
  it('all (default): every member at once, with nothing but data', async () => {
    const { sim, token } = await adminOf({});
    const res = await simRequest(sim, { path: ENDPOINTS.users, token });
    expect(Object.keys(res.json as object)).toEqual(['data']);
    expect(ids(res.json)).toHaveLength(acmeMembers(sim));
  });

  it('paged: 100 a page, a total, and a next link until the last page', async () => {
    const { sim, token } = await adminOf({ userList: 'paged' });
    // Acme Corp's 206 members make two full pages and a short one.
    expect(acmeMembers(sim)).toBeGreaterThan(200);
    const seen: number[] = [];
    const sizes: number[] = [];
    let path: string | null = ENDPOINTS.users;
    while (path !== null) {
      const res = await simRequest(sim, { path, token });
      expect(res.status).toBe(200);
      const json = res.json as PagedAnswer;
      expect(json.meta.total).toBe(acmeMembers(sim));
      sizes.push(json.data.length);
      seen.push(...ids(json));
      path = json.links.next;
    }
    expect(sizes).toEqual([100, 100, acmeMembers(sim) - 200]);
    expect(new Set(seen).size).toBe(acmeMembers(sim));
    expect(seen).toHaveLength(acmeMembers(sim));
    // page=1 is the default, and a page past the end is empty with no way on.
    const first = (await simRequest(sim, { path: `${ENDPOINTS.users}?page=1`, token })).json as PagedAnswer;
    expect(first.links.next).toBe(`${ENDPOINTS.users}?page=2`);
    const past = (await simRequest(sim, { path: `${ENDPOINTS.users}?page=9`, token })).json as PagedAnswer;
    expect(past).toEqual({ data: [], meta: { total: acmeMembers(sim) }, links: { next: null } });
  });

  it('paged: a page that is not a positive integer is a 400', async () => {
    const { sim, token } = await adminOf({ userList: 'paged' });
    for (const page of ['0', '-1', '1.5', 'two', '', '1e2']) {
      const res = await simRequest(sim, { path: `${ENDPOINTS.users}?page=${page}`, token });
      expect(res.status, `page=${page}`).toBe(400);
    }
  });

  it('paged: searches and id lookups still answer in full, unpaged', async () => {
    const { sim, token } = await adminOf({ userList: 'paged' });
    const search = await simRequest(sim, { path: `${ENDPOINTS.users}?search=acme.example`, token });
    expect(Object.keys(search.json as object)).toEqual(['data']);
    expect(ids(search.json)).toHaveLength(acmeMembers(sim));
    const wanted = [SEED.users.bob.id, 150, 250, 300];
    const lookup = await simRequest(sim, { path: `${ENDPOINTS.users}?ids=${wanted.join(',')}`, token });
    expect(Object.keys(lookup.json as object)).toEqual(['data']);
    expect(ids(lookup.json)).toEqual(wanted);
  });

  it('capped: the first 100 and a larger total, with no way on', async () => {
    const { sim, token } = await adminOf({ userList: 'capped' });
    const res = await simRequest(sim, { path: ENDPOINTS.users, token });
    expect(ids(res.json)).toHaveLength(100);
    expect(res.json).toMatchObject({ total: acmeMembers(sim) });
    expect(Object.keys(res.json as object).sort()).toEqual(['data', 'total']);
    // Asking for another page changes nothing.
    const again = await simRequest(sim, { path: `${ENDPOINTS.users}?page=2`, token });
    expect(ids(again.json)).toEqual(ids(res.json));
    const search = await simRequest(sim, { path: `${ENDPOINTS.users}?search=acme.example`, token });
    expect(ids(search.json)).toHaveLength(acmeMembers(sim));
  });

  it('unreportedOptOut: the membership read leaves mfaOptOut out for those users only', async () => {
    const { carol, bob } = SEED.users;
    const { sim, token } = await adminOf({ unreportedOptOut: [carol.id] });
    const membership = async (userId: number) => (await simRequest(sim, { path: membershipPath(userId), token })).json;
    const unreported = await membership(carol.id);
    expect(unreported).not.toHaveProperty('mfaOptOut');
    expect(unreported).toMatchObject({ userId: carol.id, orgId: acmeCorp.id, isActive: true });
    expect(await membership(bob.id)).toMatchObject({ mfaOptOut: false });
    // The stored opt-out is still there (carol is seeded opted out); only the answer leaves it out.
    expect(sim.state.production.membership(acmeCorp.id, carol.id)?.mfaOptOut).toBe(true);
  });
});

describe('sim.arrange', () => {
  it('setUserActive: the user JSON, the list and a search show the change', async () => {
    const { sim, token } = await adminOf({});
    const { carol } = SEED.users;
    sim.arrange.production.setUserActive(carol.id, false);
    expect(sim.state.production.user(carol.id)?.isActive).toBe(false);
    const userPath = ENDPOINTS.user.replace('{id}', String(carol.id));
    expect((await simRequest(sim, { path: userPath, token })).json).toMatchObject({ id: carol.id, isActive: false });
    const search = await simRequest(sim, { path: `${ENDPOINTS.users}?search=${carol.email}`, token });
    expect(search.json).toMatchObject({ data: [{ id: carol.id, isActive: false }] });
    // The sandbox is another database: its carol is untouched.
    expect(sim.state.sandbox.user(carol.id)?.isActive).toBe(true);
    sim.arrange.production.setUserActive(carol.id, true);
    expect((await simRequest(sim, { path: userPath, token })).json).toMatchObject({ isActive: true });
    expect(() => sim.arrange.production.setUserActive(4242, false)).toThrow(/4242/);
  });

  it('setMfaOptOut: the membership read shows the change', async () => {
    const { sim, token } = await adminOf({});
    const { bob } = SEED.users;
    sim.arrange.production.setMfaOptOut(acmeCorp.id, bob.id, true);
    expect((await simRequest(sim, { path: membershipPath(bob.id), token })).json).toMatchObject({ mfaOptOut: true });
    sim.arrange.production.setMfaOptOut(acmeCorp.id, bob.id, false);
    expect(sim.state.production.membership(acmeCorp.id, bob.id)?.mfaOptOut).toBe(false);
    // bob is not a member of Acme Subsidiary.
    expect(() => sim.arrange.production.setMfaOptOut(SEED.orgs.acmeSubsidiary.id, bob.id, true)).toThrow();
  });
});
