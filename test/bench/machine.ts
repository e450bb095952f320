/** The machine a run was measured on, for the report (figures from different machines differ). */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export interface Machine {
  cpus: number;
  model: string;
  memoryGb: number;
  platform: string;
  node: string;
  chromium: string;
}

export function describeMachine(chromiumPath: string): Machine {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown: the measurements themselves said whether Chromium ran.
  }
  const cores = cpus();
  return {
    cpus: cores.length,
    model: cores[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium,
  };
}
