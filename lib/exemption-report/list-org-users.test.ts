import { describe, expect, it } from 'vitest';
import { createApiClient } from '../page/api-client';
import { createFakeFetch, jsonResponse } from '../page/fake-fetch';
import { listOrgUsers } from './list-org-users';
import { ORIGIN } from './test-scans';

type Answers = Record<string, () => Response>;

/** A client whose GETs are answered by path and query; anything else is a 404. */
function clientWith(answers: Answers) {
  const fake = createFakeFetch((request) => {
    const url = new URL(request.url);
    const answer = answers[`${url.pathname}${url.search}`];
    return answer ? answer() : jsonResponse(404, { statusCode: 404, message: 'not.found' });
  });
  const client = createApiClient({ origin: ORIGIN, getToken: () => 'token', fetch: fake.fetch });
  const paths = () => fake.requests.map((request) => `${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
  return { client, paths };
}

const user = (id: number) => ({ id, first: 'User', last: String(id), email: `u${id}@acme.example` });
const users = (...ids: number[]) => ids.map(user);
const ids = (listed: { users: { id: number }[] }) => listed.users.map((u) => u.id);

describe('listing the org’s users', () => {
  it('takes a single {data} answer as the whole list', async () => {
    const { client, paths } = clientWith({ '/user/users': () => jsonResponse(200, { data: users(1, 2, 3) }) });
    const listed = await listOrgUsers(client, { origin: ORIGIN });
    expect(listed).toMatchObject({ ok: true, value: { listing: { pages: 1, reportedTotal: null, complete: true } } });
    if (!listed.ok) return;
    expect(ids(listed.value)).toEqual([1, 2, 3]);
    expect(listed.value.users[0]).toEqual({ id: 1, name: 'User 1', email: 'u1@acme.example' });
    expect(paths()).toEqual(['GET /user/users']);
  });

  it('follows links.next across three pages on the same origin, listing each user once', async () => {
    const { client, paths } = clientWith({
      '/user/users': () => jsonResponse(200, { data: users(1, 2), meta: { total: 5 }, links: { next: '/user/users?page=2' } }),
      // An absolute link on the tab's own origin is followed too; user 2 listed again is kept once.
      '/user/users?page=2': () => jsonResponse(200, { data: users(2, 3, 4), meta: { total: 5 }, links: { next: `${ORIGIN}/user/users?page=3` } }),
      '/user/users?page=3': () => jsonResponse(200, { data: users(5), meta: { total: 5 }, links: { next: null } }),
    });
    const listed = await listOrgUsers(client, { origin: ORIGIN });
    expect(listed).toMatchObject({ ok: true, value: { listing: { pages: 3, reportedTotal: 5, complete: true } } });
    if (!listed.ok) return;
    expect(ids(listed.value)).toEqual([1, 2, 3, 4, 5]);
    expect(paths()).toEqual(['GET /user/users', 'GET /user/users?page=2', 'GET /user/users?page=3']);
  });

  it('reads a relative next link against the page it came from, as a browser would', async () => {
    const { client, paths } = clientWith({
      '/user/users': () => jsonResponse(200, { data: users(1), links: { next: '?page=2' } }),
      '/user/users?page=2': () => jsonResponse(200, { data: users(2), links: { next: 'users?page=3' } }),
      '/user/users?page=3': () => jsonResponse(200, { data: users(3) }),
    });
    const listed = await listOrgUsers(client, { origin: ORIGIN });
    expect(listed).toMatchObject({ ok: true, value: { listing: { pages: 3, complete: true } } });
    expect(paths()).toEqual(['GET /user/users', 'GET /user/users?page=2', 'GET /user/users?page=3']);
  });

  it('marks the listing incomplete when the reported total is larger than what was listed and there is no way on', async () => {
    const { client } = clientWith({ '/user/users': () => jsonResponse(200, { data: users(1, 2), meta: { total: 250 } }) });
    const listed = await listOrgUsers(client, { origin: ORIGIN });
    expect(listed).toMatchObject({ ok: true, value: { listing: { pages: 1, reportedTotal: 250, complete: false } } });
  });

  it('never follows a next link to another origin, and says the listing is incomplete', async () => {
    const { client, paths } = clientWith({
      '/user/users': () => jsonResponse(200, { data: users(1, 2), links: { next: 'https://evil.example/user/users?page=2' } }),
      '/user/users?page=2': () => jsonResponse(200, { data: users(3) }),
    });
    const listed = await listOrgUsers(client, { origin: ORIGIN });
    expect(paths()).toEqual(['GET /user/users']);
    expect(listed).toMatchObject({ ok: true, value: { listing: { pages: 1, complete: false } } });
    if (listed.ok) expect(ids(listed.value)).toEqual([1, 2]);
  });

  it('stops at a next link pointing back to a page already read', async () => {
    const { client, paths } = clientWith({
      '/user/users': () => jsonResponse(200, { data: users(1), links: { next: '/user/users?page=2' } }),
      '/user/users?page=2': () => jsonResponse(200, { data: users(2), links: { next: '/user/users' } }),
    });
    const listed = await listOrgUsers(client, { origin: ORIGIN });
    expect(paths()).toEqual(['GET /user/users', 'GET /user/users?page=2']);
    expect(listed).toMatchObject({ ok: true, value: { listing: { pages: 2 } } });
    if (listed.ok) expect(ids(listed.value)).toEqual([1, 2]);
  });

  it('skips an entry without an id and keeps everyone else', async () => {
    const { client } = clientWith({
      '/user/users': () => jsonResponse(200, { data: [user(1), { first: 'Service', email: 'svc@acme.example' }, user(3)] }),
    });
    const listed = await listOrgUsers(client, { origin: ORIGIN });
    expect(listed.ok && ids(listed.value)).toEqual([1, 3]);
  });

  it('answers a server failure when the answer is not a list', async () => {
    const { client } = clientWith({ '/user/users': () => jsonResponse(200, { users: users(1) }) });
    await expect(listOrgUsers(client, { origin: ORIGIN })).resolves.toMatchObject({ ok: false, kind: 'server', status: 200 });
  });

  it('answers Resolver’s own failure (a 401) as it is', async () => {
    const { client } = clientWith({ '/user/users': () => jsonResponse(401, { statusCode: 401, message: 'token.expired' }) });
    await expect(listOrgUsers(client, { origin: ORIGIN })).resolves.toEqual({ ok: false, kind: 'session-ended', status: 401, detail: 'token.expired' });
  });

  it('asks each page through the caller’s `get` (where the retries are)', async () => {
    const { client } = clientWith({ '/user/users': () => jsonResponse(200, { data: users(1) }) });
    const asked: string[] = [];
    const listed = await listOrgUsers(client, {
      origin: ORIGIN,
      get: (path) => {
        asked.push(path);
        return client.get(path);
      },
    });
    expect(asked).toEqual(['/user/users']);
    expect(listed.ok).toBe(true);
  });
});
