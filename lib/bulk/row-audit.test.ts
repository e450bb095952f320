import { describe, expect, it } from 'vitest';
import { createTestRecorder } from '../audit/test-recorder';
import { recordFinalRows, rowDraft } from './row-audit';
import { bulkRunFor, finalRow, readyRow, TEST_ORIGIN } from './test-runs';

const SENT = { method: 'PUT', path: '/user/users/mfa/reset', source: 'default' } as const;

describe('a row’s audit draft', () => {
  it('is built from the stored run alone: who, where, on whom, what was sent, how it ended, and which run', () => {
    const run = bulkRunFor({ operation: { action: 'setMfaOptOut', optOut: true }, reason: 'INC-7' });
    expect(rowDraft(run, finalRow(2, 'done'))).toEqual({
      admin: run.admin,
      origin: TEST_ORIGIN,
      environment: 'production',
      org: run.org,
      action: 'setMfaOptOut',
      optOut: true,
      reason: 'INC-7',
      target: { userId: 102, name: 'User 102', email: 'user102@acme.example' },
      request: SENT,
      outcome: { ok: true, status: 204 },
      run: { id: 'run-1', line: 2 },
      id: `run-1/2/${finalRow(2, 'done').attempts}`,
    });
  });

  it('names one entry id per row and attempt, so an executor recording it again writes the same entry, and a retry a new one', () => {
    const run = bulkRunFor();
    const row = finalRow(3, 'failed');
    expect(rowDraft(run, row)?.id).toBe(rowDraft(structuredClone(run), structuredClone(row))?.id);
    expect(rowDraft(run, { ...row, attempts: row.attempts + 1 })?.id).not.toBe(rowDraft(run, row)?.id);
    expect(rowDraft(bulkRunFor({ id: 'r'.repeat(100) }), row)).not.toHaveProperty('id');
  });

  it('names no request for a row that failed before anything could be built', () => {
    expect(rowDraft(bulkRunFor(), finalRow(1, 'failed', { request: null }))).toMatchObject({ request: null, outcome: { ok: false, kind: 'rejected' } });
  });

  it('does not exist for a final row stored by the version before rows carried their request (it recorded the row itself)', () => {
    const { request: _none, ...older } = finalRow(1, 'done');
    expect(rowDraft(bulkRunFor(), older)).toBeNull();
  });

  it('does not exist for rows that are not final', () => {
    const run = bulkRunFor();
    for (const state of ['pending', 'cancelled', 'skipped'] as const) expect(rowDraft(run, readyRow(1, state))).toBeNull();
  });
});

describe('recording the final rows', () => {
  it('records each final row not yet recorded once, in one write, and marks it', async () => {
    const { recorder, drafts } = createTestRecorder();
    const run = bulkRunFor({ rows: [finalRow(1, 'done', { recorded: true }), finalRow(2, 'done'), readyRow(3), finalRow(4, 'failed')] });
    await expect(recordFinalRows(run, recorder)).resolves.toBe(2);
    expect(drafts.map((draft) => draft.run?.line)).toEqual([2, 4]);
    expect(run.rows.map((row) => row.recorded)).toEqual([true, true, undefined, true]);
    await expect(recordFinalRows(run, recorder)).resolves.toBe(0);
    expect(drafts).toHaveLength(2);
  });

  it('marks nothing when the history cannot be written', async () => {
    const { recorder } = createTestRecorder({ failWith: new Error('QUOTA_BYTES quota exceeded') });
    const run = bulkRunFor({ rows: [finalRow(1, 'done')] });
    await expect(recordFinalRows(run, recorder)).rejects.toThrow('QUOTA_BYTES');
    expect(run.rows[0]?.recorded).toBeUndefined();
  });
});
