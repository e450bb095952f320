/**
 * A fixed identity for the build the policy spec loads. Chromium applies a policy to an extension
 * by id, and an unpacked extension's id comes from its path unless its manifest has a `key`: the
 * spec loads a copy of the production build with this public key, so the policy file can name the
 * id before Chromium starts. Only the public half exists here; its private half was never kept
 * (nothing is signed with it).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_EXTENSION_DIR } from './extension-build';

/** A throwaway RSA-2048 public key (DER, base64), as a manifest's `key` holds it. */
export const POLICY_TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoeMXfiPWu4TmPpBvnzJalKjdocwL1fveEaE72W5IIYuA2Z9uFlvsoPuiEJqdfo29jc3TTSkp7AIKviisW7m6HKPExRgto+inCKpb/VPpUA64K0CoRmLmD/6sfLi5Z1R7TeAvng5b7lMGE8lT7hg9gwKdGOOJJuttBWlEwIla0+lZy8xM+BfWUIVedoVWmxNKoLbjk+ekOtVzyDgkSQMZ20hcwD+jK5AJOqP0DnHYGD4AB7YgSW9S5KvOtV6heTe+y/F+OtPKrHtjSyElRQLaEWIsgVyKVIxdRk7xN/Gh7IQr+ZjVoXupCQIeHE78lAW6IcCKm+siAgzg0SbYNla1EwIDAQAB';

/**
 * The id Chromium gives an extension with this key: the first 32 hex digits of the SHA-256 of
 * the DER public key, each digit 0-f written as a letter a-p.
 */
export function extensionIdOf(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16))).join('');
}

export interface KeyedBuild {
  dir: string;
  extensionId: string;
  remove(): void;
}

/** A copy of the production build whose manifest carries POLICY_TEST_KEY; the build itself is untouched. */
export function keyedBuildCopy(from: string = DEFAULT_EXTENSION_DIR): KeyedBuild {
  const dir = mkdtempSync(join(tmpdir(), 'resolver-mfa-keyed-'));
  cpSync(resolve(from), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: POLICY_TEST_KEY }, null, 2));
  return { dir, extensionId: extensionIdOf(POLICY_TEST_KEY), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
