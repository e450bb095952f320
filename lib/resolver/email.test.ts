import { describe, expect, it } from 'vitest';
import { looksLikeEmail } from './email';

describe('looksLikeEmail', () => {
  it.each(['ana@example.com', ' ana.smith+mfa@corp.example.co.uk ', 'a@b.c'])('accepts %j', (text) => {
    expect(looksLikeEmail(text)).toBe(true);
  });

  it.each(['42', 'ana', 'ana@', '@example.com', 'ana@example', 'ana smith@example.com', 'a@b@c.d', 'ana@.com'])(
    'refuses %j',
    (text) => {
      expect(looksLikeEmail(text)).toBe(false);
    },
  );
});
