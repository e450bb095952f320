import { describe, expect, it } from 'vitest';
import { extensionIdOf, POLICY_TEST_KEY } from './policy-key';

describe('the policy spec’s extension id', () => {
  it('is the one Chromium derives from the key', () => {
    // The id Chromium 156 reported for an unpacked extension with this key.
    expect(extensionIdOf(POLICY_TEST_KEY)).toBe('mcejeohdjkkdeioajjjfnnkndenmlmhb');
  });
});
