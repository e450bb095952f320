/**
 * Writes a real enterprise policy for the extension where the browser on Linux reads it, and
 * removes it again: Chromium's `/etc/chromium/policies/managed/*.json` (the
 * `3rdparty.extensions.<id>` section), Firefox's `/etc/firefox/policies/policies.json` (the
 * `policies.3rdparty.Extensions.<id>` section). Browsers read them when they start, so the file is
 * written before the launch. Writing there needs root (as in CI); elsewhere the policy specs are
 * skipped and say why.
 */
import { accessSync, constants, existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const FILE = join(CHROMIUM_POLICY_DIR, 'resolver-mfa-helper-e2e.json');
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

/** Why a policy file cannot be written in `target` (a folder), or null when it can (checked without writing anything). */
export function policyDirProblem(target: string = CHROMIUM_POLICY_DIR): string | null {
  let dir = target;
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return null;
  } catch (error) {
    return `${dir} is not writable (${error instanceof Error ? error.message : String(error)}): run the policy spec as root.`;
  }
}

/** Writes `content` to `file`, making its folders as needed; answers the folders it made, for removePolicyFile. */
function writePolicyFile(file: string, content: unknown): string[] {
  const created = [dirname(dirname(file)), dirname(file)].filter((dir) => !existsSync(dir));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content, null, 2));
  return created;
}

/** Writes the Chromium policy file; answers the folders it made, for removeChromiumPolicy. */
export function writeChromiumPolicy(extensionId: string, values: Record<string, unknown>): string[] {
  return writePolicyFile(FILE, { '3rdparty': { extensions: { [extensionId]: values } } });
}

/** Writes Firefox's policies.json for the add-on `addonId`; answers the folders it made, for removeFirefoxPolicy. */
export function writeFirefoxPolicy(addonId: string, values: Record<string, unknown>): string[] {
  return writePolicyFile(FIREFOX_POLICY_FILE, { policies: { '3rdparty': { Extensions: { [addonId]: values } } } });
}

/** Removes the Chromium policy file, and the folders writeChromiumPolicy made. */
export function removeChromiumPolicy(created: readonly string[] = []): void {
  removePolicyFile(FILE, created);
}

/** Removes Firefox's policies.json, and the folders writeFirefoxPolicy made. */
export function removeFirefoxPolicy(created: readonly string[] = []): void {
  removePolicyFile(FIREFOX_POLICY_FILE, created);
}

/** Removes `file`, and the folders written for it (only when nothing else is in them). */
function removePolicyFile(file: string, created: readonly string[]): void {
  rmSync(file, { force: true });
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      // Not empty: another policy lives there now, which is not ours to remove.
    }
  }
}
