/**
 * Test fixture: counts interactions. Every call on the returned user-event instance is one thing
 * the admin does (typing a text, a click, a key), so speed requirements can be checked as a number.
 */
import type { UserEvent } from '@testing-library/user-event';

export function countInteractions(user: UserEvent) {
  let count = 0;
  const counted = new Proxy(user, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        count += 1;
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { user: counted, interactions: () => count };
}
