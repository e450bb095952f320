/**
 * axe-core (Deque's accessibility engine) run inside a page of the e2e browser: the popup, the
 * options page, or the Resolver page with the helper's panel. axe walks open shadow roots, and the
 * panel's is open (mount-guarded-ui.tsx), so the panel is checked in place, in the page's world,
 * with the page's layout around it (which colour contrast needs).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

declare const axe: typeof import('axe-core');

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts that fail a spec: what stops or seriously hinders someone using assistive technology. */
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeFinding {
  rule: string;
  impact: ImpactValue | null;
  help: string;
  /** Each offending element as axe names it (a shadow root's element after its host). */
  targets: string[];
}

export interface AxeReport {
  /** Serious and critical violations: the spec wants none. */
  blocking: AxeFinding[];
  /** Every violation, moderate and minor ones included, for the record. */
  violations: AxeFinding[];
  /** How many elements each rule checked and found fine. */
  passed: Record<string, number>;
}

function findings(results: AxeResults['violations']): AxeFinding[] {
  return results.map((result) => ({
    rule: result.id,
    impact: result.impact ?? null,
    help: result.help,
    targets: result.nodes.map((node) => node.target.map(String).join(' ')),
  }));
}

/**
 * Runs axe's default rules (WCAG 2 A and AA, WCAG 2.1 and 2.2 AA, best practices) in `page`, on
 * the whole document or only under the element `selector` names (the panel's shadow host: the
 * Resolver page around it is not ours to judge). The page's extension CSP does not apply: the
 * source is evaluated through DevTools, not loaded as a script.
 */
export async function runAxe(page: Page, selector?: string): Promise<AxeReport> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (scope) => axe.run(scope === null ? document : { include: [[scope]] }),
    selector ?? null,
  );
  const violations = findings(results.violations);
  return {
    blocking: violations.filter((finding) => finding.impact !== null && BLOCKING.includes(finding.impact)),
    violations,
    passed: Object.fromEntries(results.passes.map((pass) => [pass.id, pass.nodes.length])),
  };
}
