import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('removes the access_token Resolver opened Swagger with, and every credential-like parameter', () => {
    expect(redactUrl('https://acme.resolver.com/api?access_token=abc.def&group=user')).toBe('https://acme.resolver.com/api?group=user');
    expect(redactUrl('https://acme.resolver.com/d.json?api_key=1&Token=2&sessionId=3&sig=4&v=2')).toBe(
      'https://acme.resolver.com/d.json?v=2',
    );
  });

  it('drops the fragment and keeps an ordinary URL as it is', () => {
    expect(redactUrl('https://acme.resolver.com/api/openapi.json#/paths')).toBe('https://acme.resolver.com/api/openapi.json');
    expect(redactUrl('https://acme.resolver.com/api/openapi.json')).toBe('https://acme.resolver.com/api/openapi.json');
  });

  it('gives nothing for what is not a URL', () => {
    expect(redactUrl('not a url')).toBe('');
  });
});
