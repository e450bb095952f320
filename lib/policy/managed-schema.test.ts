/**
 * public/managed_schema.json (what Chrome and Edge validate the policy with) against PolicySchema
 * (what the helper parses it with): the same keys, each of the same JSON type.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { POLICY_KEYS, PolicySchema } from './policy-schema';

interface ChromeSchema {
  type: string;
  properties: Record<string, { type: string; items?: { type: string }; title?: string; description?: string }>;
}

const managed = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as ChromeSchema;

/** The JSON Schema type of one key's value, as zod describes what it accepts. */
function zodShape(key: (typeof POLICY_KEYS)[number]) {
  const schema = z.toJSONSchema(PolicySchema.shape[key], { io: 'input', unrepresentable: 'any' }) as { type?: string; items?: { type?: string } };
  return { type: schema.type, ...(schema.items ? { items: { type: schema.items.type } } : {}) };
}

describe('the managed storage schema', () => {
  it('names exactly the policy keys', () => {
    expect(managed.type).toBe('object');
    expect(Object.keys(managed.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it.each(POLICY_KEYS)('gives %s the type PolicySchema accepts', (key) => {
    const { type, items } = managed.properties[key] ?? { type: 'missing' };
    expect({ type, ...(items ? { items: { type: items.type } } : {}) }).toEqual(zodShape(key));
  });

  it('holds types only, so that a value out of range still reaches the helper, which says what is wrong', () => {
    // Chrome drops a value that breaks the managed schema before the extension can read it: a
    // range or pattern here would turn "-3 days" into silence on the options page.
    const attributes = new Set(Object.values(managed.properties).flatMap((property) => Object.keys(property)));
    expect([...attributes].sort()).toEqual(['description', 'items', 'title', 'type']);
  });

  it('describes every value for the administrator who reads it in the policy editor', () => {
    for (const property of Object.values(managed.properties)) {
      expect(property.title?.length).toBeGreaterThan(0);
      expect(property.description?.length).toBeGreaterThan(0);
    }
  });
});
