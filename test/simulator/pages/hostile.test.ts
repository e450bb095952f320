import { Script } from 'node:vm';
import { describe, expect } from 'vitest';
import { simTest as test } from '../fixtures';
import { simRequest } from '../http-client';
import { HOSTILE_ATTACK_NAMES, hostilePath, type HostileTargets } from './hostile';

const TARGETS: HostileTargets = {
  extension: 'abcdefghijklmnopabcdefghijklmnop',
  resetEmail: 'alice@acme.example',
  resetId: 2,
  optOutEmail: 'bob@acme.example',
  org: 'Acme Corp',
};

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

describe('hostile pages', () => {
  test.for(HOSTILE_ATTACK_NAMES)('"%s" is the Swagger page plus its attack, every inline script valid', async (attack, { sim }) => {
    const res = await simRequest(sim, { path: hostilePath(attack, TARGETS) });
    expect(res.status).toBe(200);
    expect(res.text).toContain('SwaggerUIBundle(');
    expect(res.text).toContain(`<html lang="en" data-hostile-attack="${attack}">`);
    const scripts = inlineScripts(res.text);
    expect(scripts.some((script) => script.includes('window.hostile = {'))).toBe(true);
    // A syntax error would only show in the browser as an attack that never reports.
    for (const script of scripts) expect(() => new Script(script)).not.toThrow();
  });

  test('an unknown attack is a 404', async ({ sim }) => {
    expect((await simRequest(sim, { path: '/hostile/nothing' })).status).toBe(404);
  });

  test('hostilePath passes every target in the query string and leaves out unset ones', () => {
    const url = new URL(hostilePath('messages', TARGETS), 'http://acme.resolver.com');
    expect(url.pathname).toBe('/hostile/messages');
    expect(Object.fromEntries(url.searchParams)).toEqual({ ...TARGETS, resetId: '2' });
    expect(new URL(hostilePath('messages', { ...TARGETS, helperWaitMs: 500 }), 'http://x.test').searchParams.get('helperWaitMs')).toBe('500');
  });
});
