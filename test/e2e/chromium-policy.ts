/**
 * Writes a real enterprise policy for the extension where Chromium on Linux reads it
 * (`/etc/chromium/policies/managed/*.json`, the `3rdparty.extensions.<id>` section), and removes
 * it again. Chromium reads the folder when it starts, so the file is written before the launch.
 * Writing there needs root (as in CI); elsewhere the policy spec is skipped and says why.
 */
import { accessSync, constants, existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const FILE = join(CHROMIUM_POLICY_DIR, 'resolver-mfa-helper-e2e.json');

/** Why the policy file cannot be written here, or null when it can (checked without writing anything). */
export function policyDirProblem(): string | null {
  let dir = CHROMIUM_POLICY_DIR;
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return null;
  } catch (error) {
    return `${dir} is not writable (${error instanceof Error ? error.message : String(error)}): run the policy spec as root.`;
  }
}

/** Writes the policy file, making its folders as needed; answers the folders it made, for removeChromiumPolicy. */
export function writeChromiumPolicy(extensionId: string, values: Record<string, unknown>): string[] {
  const created = [dirname(CHROMIUM_POLICY_DIR), CHROMIUM_POLICY_DIR].filter((dir) => !existsSync(dir));
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  writeFileSync(FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }, null, 2));
  return created;
}

/** Removes the policy file, and the folders writeChromiumPolicy made (only when nothing else is in them). */
export function removeChromiumPolicy(created: readonly string[] = []): void {
  rmSync(FILE, { force: true });
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      // Not empty: another policy lives there now, which is not ours to remove.
    }
  }
}
