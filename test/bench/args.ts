/** `npm run bench -- [--quick] [--json] [--update-budget]`. */

export interface BenchOptions {
  quick: boolean;
  json: boolean;
  /** Rewrites bundle-budget.json from this build (+ headroom) instead of checking against it. */
  updateBudget: boolean;
}

/** Sample counts: quick keeps the whole run, build included, under two minutes on two cores. */
export interface SampleSizes {
  popupPairs: number;
  swaggerPairs: number;
  profiledLoads: number;
  bulkRows: number;
  /** Acme Corp's members for the exemption scan (one membership GET each). */
  scanUsers: number;
}

export const SAMPLES: Record<'quick' | 'full', SampleSizes> = {
  quick: { popupPairs: 20, swaggerPairs: 16, profiledLoads: 2, bulkRows: 1000, scanUsers: 2000 },
  full: { popupPairs: 40, swaggerPairs: 30, profiledLoads: 5, bulkRows: 1000, scanUsers: 2000 },
};

const KNOWN = new Set(['--quick', '--json', '--update-budget']);

export function parseArgs(argv: readonly string[]): BenchOptions {
  const unknown = argv.filter((arg) => !KNOWN.has(arg));
  if (unknown.length > 0) {
    throw new Error(`Unknown option ${unknown.join(', ')}. Usage: npm run bench -- [--quick] [--json] [--update-budget]`);
  }
  return { quick: argv.includes('--quick'), json: argv.includes('--json'), updateBudget: argv.includes('--update-budget') };
}
