/**
 * Test fixture: an in-memory BulkBridge and BulkRunSource that behave like the contract
 * (lib/bulk/bulk-bridge.ts): resolving answers a run in review and stores it; commands move the
 * run through its phases; every stored change reaches the watchers, asynchronously as storage
 * does. Tests play the engine's part (rows finishing, a 401 pausing the run) with `update`.
 */
import type { BulkBridge, BulkRunSource } from '@/lib/bulk/bulk-bridge';
import type { BulkCommand, BulkRow, BulkRun, RowResolution } from '@/lib/bulk/bulk-schema';
import { bulkRunFor, TEST_ORIGIN } from '@/lib/bulk/test-runs';
import type { Failure, Result } from '@/lib/protocol';
import { ADMIN, DIRECTORY } from '../test-bridge';

/** As the engine resolves: ids and emails only (a name is too loose for a change to many users). */
function resolveLine(input: string, line: number, earlier: readonly BulkRow[]): RowResolution {
  const byId = /^\d+$/.test(input) ? DIRECTORY.filter((user) => String(user.id) === input) : null;
  const matches = byId ?? (input.includes('@') ? DIRECTORY.filter((user) => user.email === input.toLowerCase()) : null);
  if (!matches) return { kind: 'invalid', detail: `Not a user id or an email address (line ${line}).` };
  const [user] = matches;
  if (!user) return { kind: 'unknown' };
  const first = earlier.find((row) => 'user' in row.resolution && row.resolution.user.id === user.id);
  if (first) return { kind: 'duplicate', user, firstLine: first.line };
  if (user.id === ADMIN.id) return { kind: 'self', user };
  if (user.isSSO) return { kind: 'sso', user };
  return { kind: 'ready', user };
}

function rowsFor(text: string): BulkRow[] {
  const rows: BulkRow[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const input = raw.trim();
    if (input === '') return;
    const resolution = resolveLine(input, index + 1, rows);
    rows.push({ line: index + 1, input, resolution, state: resolution.kind === 'ready' ? 'pending' : 'skipped', attempts: 0 });
  });
  return rows;
}

export interface TestBulkOptions {
  /** The run already stored when the UI opens (a popup reopened mid-run). */
  stored?: BulkRun | null;
  /** Overrides an answer, e.g. a failure. */
  resolve?: () => Result<BulkRun> | Promise<Result<BulkRun>>;
  command?: (command: BulkCommand) => Failure | null;
}

export function createTestBulk(options: TestBulkOptions = {}) {
  let stored: BulkRun | null = options.stored ?? null;
  const watchers = new Set<(run: BulkRun | null) => void>();
  const resolveCalls: Parameters<BulkBridge['bulkResolve']>[0][] = [];
  const commandCalls: BulkCommand[] = [];
  const now = () => new Date().toISOString();

  function store(run: BulkRun | null): void {
    stored = run;
    // Storage notifies after the write, never inside the caller's turn.
    setTimeout(() => watchers.forEach((onChange) => onChange(run)), 0);
  }

  /** Plays the engine: changes the stored run as executing it would. */
  function update(change: (run: BulkRun) => Partial<BulkRun>): void {
    if (!stored) throw new Error('no stored run');
    store({ ...stored, ...change(stored), updatedAt: now() });
  }

  function applyCommand(run: BulkRun, command: BulkCommand): BulkRun | null {
    const lease = { owner: 'tab-1', heartbeatAt: now() };
    const rows = (from: BulkRow['state'], to: BulkRow['state']) =>
      run.rows.map((row) => (row.state === from ? { ...row, state: to } : row));
    switch (command) {
      case 'start':
        return { ...run, phase: 'running', startedAt: now(), lease };
      case 'pause':
        return { ...run, phase: 'paused', pause: 'admin' };
      case 'resume':
        return { ...run, phase: 'running', pause: null, lease };
      case 'cancel':
        return { ...run, phase: 'cancelled', pause: null, lease: null, rows: rows('pending', 'cancelled') };
      case 'retryFailed':
        return { ...run, phase: 'running', lease, rows: rows('failed', 'pending') };
      case 'discard':
        return null;
    }
  }

  const bridge: BulkBridge = {
    async bulkResolve(req) {
      resolveCalls.push(req);
      if (options.resolve) return options.resolve();
      const run = bulkRunFor({
        id: `run-${resolveCalls.length}`,
        origin: TEST_ORIGIN,
        operation: req.operation,
        ...(req.reason ? { reason: req.reason } : {}),
        rows: rowsFor(req.text),
        createdAt: now(),
        updatedAt: now(),
      });
      store(run);
      return { ok: true, value: run };
    },
    async bulkCommand(req) {
      commandCalls.push(req.command);
      const failure = options.command?.(req.command);
      if (failure) return failure;
      if (!stored || stored.id !== req.runId) return { ok: false, kind: 'invalid-input', detail: 'no such run' };
      const before = stored;
      const next = applyCommand(stored, req.command);
      store(next);
      return { ok: true, value: next ?? before };
    },
  };

  const runs: BulkRunSource = {
    async get(origin) {
      return stored?.origin === origin ? stored : null;
    },
    watch(origin, onChange) {
      const watcher = (run: BulkRun | null) => {
        if (run === null || run.origin === origin) onChange(run);
      };
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
  };

  return {
    bridge,
    runs,
    update,
    stored: () => stored,
    /** The commands the UI sent, in order. */
    commands: () => [...commandCalls],
    /** The lookups the UI asked for, in order. */
    resolves: () => [...resolveCalls],
  };
}
