import { describe, expect, it } from 'vitest';
import { basePathOf, fillTemplate, sameRoute } from './path-template';

describe('basePathOf', () => {
  it.each([
    ['', ''],
    ['/', ''],
    ['/api', '/api'],
    ['/api/', '/api'],
    ['api/v2', '/api/v2'],
    ['https://eu.core.resolver.com', ''],
    ['https://eu.core.resolver.com/core/', '/core'],
    ['https://attacker.example/steal', '/steal'],
    ['//attacker.example/steal', '/steal'],
    ['/api/../user', '/user'],
    ['/api?x=1#y', '/api'],
  ])('reads %j as %j', (url, path) => {
    expect(basePathOf(url)).toBe(path);
  });

  it('gives up on a URL that cannot be parsed', () => {
    expect(basePathOf('http://[::1')).toBeUndefined();
  });
});

describe('sameRoute', () => {
  it('matches whatever the parameter is called and ignores a trailing slash', () => {
    expect(sameRoute('/user/users/{userId}/membership', '/user/users/{id}/membership')).toBe(true);
    expect(sameRoute('/user/org/mfa/', '/user/org/mfa')).toBe(true);
  });

  it.each([
    ['/user/org/{orgId}', '/user/org/mfa'],
    ['/user/users/mfa/reset', '/user/users/{id}/membership'],
    ['/user/org/mfa/extra', '/user/org/mfa'],
    ['/User/Org/Mfa', '/user/org/mfa'],
    ['user/org/mfa', '/user/org/mfa'],
    ['/user//org/mfa', '/user/org/mfa'],
  ])('does not match %j with %j', (candidate, template) => {
    expect(sameRoute(candidate, template)).toBe(false);
  });
});

describe('fillTemplate', () => {
  it('puts a checked user id in the parameter', () => {
    expect(fillTemplate('/user/users/{id}/membership', 42)).toBe('/user/users/42/membership');
  });

  it('leaves templates without parameters alone', () => {
    expect(fillTemplate('/user/org/mfa', undefined)).toBe('/user/org/mfa');
  });

  it('refuses to fill a parameter with anything but a positive safe integer', () => {
    expect(() => fillTemplate('/user/users/{id}/membership', undefined)).toThrow('Enter the user id.');
    expect(() => fillTemplate('/user/users/{id}/membership', 1.5)).toThrow('The user id must be a whole number.');
  });
});
