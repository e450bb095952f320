/** The run as text: aligned tables for stdout and the Markdown of docs/benchmarks.md. */
import { ACTION_KEYS, type ActionKey } from './action-check';
import { AFTER_SUCCESS_MS, type RequestCounts } from './request-count';
import type { BenchResult, RequestsByAction } from './result';
import { PACKAGE_PART } from './bundle-size';
import { requestsWithinTarget, SIZE_TARGET_KEYS, SIZE_TARGETS, TARGETS, type SizeTarget, type TargetsMet } from './targets';

export const REPORT_COMMAND = 'npm run bench';

const ACTION_LABELS: Record<ActionKey, string> = { enforce: 'Enforce MFA', reset: 'Reset MFA', optOut: 'Opt out' };

const SIZE_LABELS: Record<SizeTarget, string> = {
  [PACKAGE_PART]: 'Chrome package (npm run zip)',
  background: 'Background, all it loads',
  'content:resolver-main': 'Helper on every Resolver page, all it loads',
  popup: 'Popup, all it loads when it opens',
};

/** Left-aligned columns, two spaces apart; numbers are given as text already formatted. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, index) => cell.padEnd(widths[index])).join('  ').trimEnd()).join('\n');
}

/** A GitHub Markdown table; the first row is the header. */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const [header, ...body] = rows;
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

const ms = (value: number) => `${Math.round(value)} ms`;
/** kB of 1,000 bytes, as `npm run zip` and docs/bundle.md print them. */
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "helper 3 requests (of which 1 who-am-i) / manual 2": the table's figure for one action. */
export function requestFigure(helper: RequestCounts, manual: RequestCounts): string {
  return `helper ${plural(helper.total, 'request')} (of which ${helper.whoAmI} who-am-i) / manual ${manual.total}`;
}

/** The kinds of one count: "1 who-am-i, 1 search, 1 membership read, 1 PUT", plus anything else. */
export function requestKinds(counts: RequestCounts): string {
  const kinds = [
    `${counts.whoAmI} who-am-i`,
    `${counts.searches} search${counts.searches === 1 ? '' : 'es'}`,
    plural(counts.membershipReads, 'membership read'),
    `${counts.writes} PUT`,
  ];
  if (counts.otherUser > 0) kinds.push(`${counts.otherUser} other`);
  const outside = counts.outsideUser > 0 ? `; +${counts.outsideUser} outside /user/` : '';
  return `${kinds.join(', ')}${outside}`;
}

/** "enforce 1 (0 who-am-i), reset 2 (1 who-am-i, +1 outside /user/), …" for a note. */
function perAction(requests: RequestsByAction): string {
  return ACTION_KEYS.map((action) => {
    const counts = requests[action];
    const outside = counts.outsideUser > 0 ? `, +${counts.outsideUser} outside /user/` : '';
    return `${ACTION_LABELS[action]} ${counts.total} (${counts.whoAmI} who-am-i${outside})`;
  }).join(', ');
}

/** Every request not of the four named kinds, by side and action: nothing is hidden. */
function unlistedNote(result: BenchResult): string {
  const sides = [
    ['helper', result.requests.extension],
    ['helper first time', result.requests.extensionFirstTime],
    ['manual', result.requests.manual],
  ] as const;
  const listed = sides.flatMap(([side, requests]) =>
    ACTION_KEYS.filter((action) => requests[action].unlisted.length > 0).map(
      (action) => `${side} ${ACTION_LABELS[action]}: ${requests[action].unlisted.join(', ')}`,
    ),
  );
  return listed.length === 0
    ? 'No request outside /user/ (an API description document, say) and none of another kind during the actions.'
    : `Requests outside /user/ (not in the totals) or of another kind during the actions: ${listed.join('; ')}.`;
}

interface Section {
  title: string;
  rows: string[][];
  notes: string[];
}

function sections(result: BenchResult): Section[] {
  const { interactions, wallTimeMs, targets } = result;
  const effort: Section = {
    title: 'Effort per action (clicks + typed fields; user given by email)',
    rows: [
      ['Action', 'Helper', 'Helper, first time', 'Manual Swagger', 'Helper time', 'Manual time'],
      ...ACTION_KEYS.map((action) => [
        ACTION_LABELS[action],
        String(interactions.extension[action]),
        String(interactions.extensionFirstTime[action]),
        String(interactions.manual[action]),
        ms(wallTimeMs.extension[action]),
        ms(wallTimeMs.manual[action]),
      ]),
    ],
    notes: [
      `Target: at most ${TARGETS.extensionInteractionsMax} with the helper, confirmation included: ${mark(targets.extensionInteractions)}.`,
      '"Helper" is the steady state (after one warm-up of the action); "first time" is that warm-up in a fresh profile.',
      'Helper time runs from the toolbar click to the success message; manual time from the rendered Swagger page to the response.',
      'Manual: Swagger UI 3+ shows tags expanded and loads the example on "Try it out", so neither costs a click; the id is looked up by email with GET /user/users first.',
    ],
  };
  const { requests } = result;
  const requestSection: Section = {
    title: 'API requests per action (Resolver API, under /user/; user given by email)',
    rows: [
      ['Action', 'Requests', 'Helper, by kind', 'Manual, by kind', 'Target (helper)', 'Result'],
      ...ACTION_KEYS.map((action) => [
        ACTION_LABELS[action],
        requestFigure(requests.extension[action], requests.manual[action]),
        requestKinds(requests.extension[action]),
        requestKinds(requests.manual[action]),
        `≤ ${TARGETS.requestsPerAction[action]}, ${TARGETS.whoAmIPerAction} who-am-i`,
        mark(requestsWithinTarget(action, requests.extension[action])),
      ]),
    ],
    notes: [
      `Target: a single action by email sends at most the search, one membership read where the action needs it (reset and opt-out show the user's MFA state) and the one write; enforce only the write; no "who am I?" (GET /user/users/me): requests ${mark(targets.requestsPerAction)}, who-am-i ${mark(targets.whoAmIPerAction)}.`,
      'Counted from the popup showing its status (what the helper sends when it opens, to show that status, at most one "who am I?", is not part of the action) or from the rendered Swagger page, to the success message or the response; the helper figures are its steady run.',
      unlistedNote(result),
      `Helper, first time (the warm-up): ${perAction(requests.extensionFirstTime)}.`,
      `Before the start, not counted: opening the popup, ${perAction(requests.beforeStart.extension)}; loading the Swagger page, ${perAction(requests.beforeStart.manual)}.`,
      `Just after the success message (${AFTER_SUCCESS_MS} ms), not counted: helper ${perAction(requests.afterSuccess.extension)}; manual ${perAction(requests.afterSuccess.manual)}.`,
    ],
  };
  const popup = result.popupReady;
  const swagger = result.swaggerLoad;
  const speed: Section = {
    title: 'Speed (medians, side by side in one run)',
    rows: [
      ['Measure', 'Helper', 'Baseline', 'Ratio', 'Target', 'Result'],
      [
        `Popup ready (${popup.opensEach} opens each)`,
        ms(popup.popupMedianMs),
        `${ms(popup.emptyMedianMs)} (empty page)`,
        result.popupReadyRatio.toFixed(2),
        `≤ ${TARGETS.popupReadyRatioMax}`,
        mark(targets.popupReady),
      ],
      [
        `Swagger page load (${swagger.pairs} pairs)`,
        ms(swagger.withMedianMs),
        `${ms(swagger.withoutMedianMs)} (no helper)`,
        result.swaggerLoadRatio.toFixed(3),
        `≤ ${TARGETS.swaggerLoadRatioMax}`,
        mark(targets.swaggerLoad),
      ],
      ...bulkRows(result),
      ...exemptionScanRows(result),
    ],
    notes: [
      `Content scripts' main-thread time on the Swagger page load: ${ms(swagger.contentScriptMainThreadMs)} (median, sampled CPU profile), almost all of it the helper's script, injected once the page is idle; the bootstrap the page loads with is a few kB.`,
    ],
  };
  if ('notMeasured' in result.bulk) speed.notes.push(`Bulk throughput not measured: ${result.bulk.notMeasured}`);
  else {
    const { before, peak, after } = result.bulk.memoryMb;
    speed.notes.push(`Tab JS heap during the bulk run: ${before} MB before, ${peak} MB peak, ${after} MB after.`);
  }
  if ('notMeasured' in result.exemptionScan) speed.notes.push(`Exemption scan not measured: ${result.exemptionScan.notMeasured}`);
  else {
    const { before, peak, after } = result.exemptionScan.memoryMb;
    speed.notes.push(
      `Exemption scan: the Exemptions tab's "Scan" click to the finished summary, against a fetch loop of the same GETs (the user list, then one membership each); tab JS heap during the scan: ${before} MB before, ${peak} MB peak, ${after} MB after.`,
    );
  }
  const lean: Section = {
    title: 'Lean build (raw bytes)',
    rows: [
      ['What', 'Measured', 'Target', 'Result'],
      ...SIZE_TARGETS.map((name) => [SIZE_LABELS[name], result.bundle[name] ? kb(result.bundle[name].raw) : 'not measured', `≤ ${kb(TARGETS.sizeMaxBytes[name])}`, mark(targets[SIZE_TARGET_KEYS[name]])]),
    ],
    notes: [
      'Each entrypoint counts what it loads when it starts; the parts loaded only when asked (the French catalogue, the Bulk and Exemptions tabs) and what the helper’s views add where they show are counted apart below. docs/bundle.md says what each part carries.',
    ],
  };
  const bundle: Section = {
    title: 'Bundle size per part (what it loads)',
    rows: [
      ['Part', 'Raw', 'Gzip', 'Budget raw', 'Budget gzip', 'Result'],
      ...Object.entries(result.bundle).map(([name, size]) => [
        name,
        kb(size.raw),
        size.gzip === null ? '—' : kb(size.gzip),
        size.budget ? kb(size.budget.raw) : 'none',
        size.budget?.gzip === undefined ? '—' : kb(size.budget.gzip),
        size.ok ? 'ok' : 'OVER BUDGET',
      ]),
    ],
    notes: [
      `The budget is test/bench/bundle-budget.json; over budget (or no budget) fails the bench. ${PACKAGE_PART} is the zip \`npm run zip\` writes (already compressed: no gzip figure).`,
    ],
  };
  return [effort, requestSection, speed, lean, bundle];
}

function bulkRows(result: BenchResult): string[][] {
  if ('notMeasured' in result.bulk) {
    return [['Bulk resets', 'not measured', '', '', `≥ ${TARGETS.bulkThroughputRatioMin}`, mark(false)]];
  }
  const { rows, concurrency, roundTripMs, extensionRowsPerSecond, plainRowsPerSecond } = result.bulk;
  return [
    [
      `Bulk resets (${rows} rows, concurrency ${concurrency}, ${roundTripMs} ms round trip)`,
      `${extensionRowsPerSecond.toFixed(1)} rows/s`,
      `${plainRowsPerSecond.toFixed(1)} rows/s (fetch loop)`,
      (result.bulkThroughputRatio ?? 0).toFixed(2),
      `≥ ${TARGETS.bulkThroughputRatioMin}`,
      mark(result.targets.bulkThroughput),
    ],
  ];
}

function exemptionScanRows(result: BenchResult): string[][] {
  if ('notMeasured' in result.exemptionScan) {
    return [['Exemption scan', 'not measured', '', '', `≥ ${TARGETS.exemptionScanRatioMin}`, mark(false)]];
  }
  const { users, concurrency, roundTripMs, extensionUsersPerSecond, plainUsersPerSecond } = result.exemptionScan;
  return [
    [
      `Exemption scan (${users} users, concurrency ${concurrency}, ${roundTripMs} ms round trip)`,
      `${extensionUsersPerSecond.toFixed(1)} users/s`,
      `${plainUsersPerSecond.toFixed(1)} users/s (fetch loop)`,
      (result.exemptionScanRatio ?? 0).toFixed(2),
      `≥ ${TARGETS.exemptionScanRatioMin}`,
      mark(result.targets.exemptionScan),
    ],
  ];
}

function verdict(result: BenchResult): string {
  const failed = (Object.keys(result.targets) as (keyof TargetsMet)[]).filter((key) => !result.targets[key]);
  return failed.length === 0 ? 'Every target met.' : `Targets not met: ${failed.join(', ')}.`;
}

function machineLine(result: BenchResult): string {
  const { machine } = result;
  return `${machine.cpus} × ${machine.model}, ${machine.memoryGb} GB, ${machine.platform}; Node ${machine.node}; ${machine.chromium}`;
}

export function renderText(result: BenchResult): string {
  const parts = [`Resolver MFA helper bench (${result.mode}), ${result.date}`, machineLine(result), ''];
  for (const section of sections(result)) {
    parts.push(section.title, formatTable(section.rows), ...section.notes.map((note) => `  ${note}`), '');
  }
  parts.push(verdict(result), `Measuring took ${(result.durationMs / 1000).toFixed(0)} s after the build.`);
  return parts.join('\n');
}

export function renderMarkdown(result: BenchResult): string {
  const parts = [
    '# Benchmarks',
    '',
    `> Generated by \`${REPORT_COMMAND}${result.mode === 'quick' ? ' -- --quick' : ''}\` (test/bench/main.ts); every run rewrites this file. Do not edit it by hand.`,
    '',
    `- Run: ${result.mode}${result.mode === 'quick' ? ' (fewer samples than the full run)' : ''}, ${result.date}; measuring took ${(result.durationMs / 1000).toFixed(0)} s after the build`,
    `- Machine: ${machineLine(result)}`,
    `- Result: ${verdict(result)}`,
    '',
    'Figures are ratios of two things measured side by side in the same run, because single timings',
    'on a shared machine are noise. Chromium runs headless against the simulator.',
    '',
  ];
  for (const section of sections(result)) {
    parts.push(`## ${section.title}`, '', markdownTable(section.rows), '', ...section.notes.map((note) => `- ${note}`), '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
