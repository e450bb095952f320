import { describe, expect, it } from 'vitest';
import { bodyShape, BODY_SHAPE_MAX } from './body-shape';

describe('bodyShape', () => {
  it.each([
    [{ userId: 0 }, '{"userId": number}'],
    [[1], '[number]'],
    [0, 'number'],
    [{ mfaEnabled: true, note: 'x', extra: null }, '{"mfaEnabled": boolean, "note": string, "extra": null}'],
    [{ ids: [0, 1, 2], users: [{ id: 1 }, { id: 2 }] }, '{"ids": [number], "users": [{"id": number}]}'],
    [[], '[]'],
  ])('describes %j as %s, values left out', (value, shape) => {
    expect(bodyShape(value)).toBe(shape);
  });

  it('never shows a value, however the example was written', () => {
    expect(bodyShape({ email: 'alice@acme.example', secret: 'hunter2', id: 42 })).not.toMatch(/alice|hunter2|42/);
  });

  it('cuts a huge shape short', () => {
    const wide = Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`field${index}`, index]));
    const shape = bodyShape(wide);
    expect(shape).toHaveLength(BODY_SHAPE_MAX);
    expect(shape.endsWith('…')).toBe(true);
  });
});
