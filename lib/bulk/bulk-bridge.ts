/**
 * What the bulk UI can ask of a Resolver tab, beside the single actions' ResolverBridge: the popup
 * implements it with extension messages to the tab's content script, the in-page panel with
 * direct calls. Progress is not asked for: the UI watches the run the content script persists
 * (BulkRunSource), so a popup opened mid-run shows it at once and a closed popup loses nothing.
 */
import type * as z from 'zod/mini';
import type { Result } from '../protocol';
import type { BulkRequestSchemas, BulkRun } from './bulk-schema';

type BulkReq<K extends keyof typeof BulkRequestSchemas> = z.infer<(typeof BulkRequestSchemas)[K]>;

export interface BulkBridge {
  /** Resolves every row and answers the run in phase `review` (nothing sent). */
  bulkResolve(request: BulkReq<'bulkResolve'>): Promise<Result<BulkRun>>;
  /** Answers the run as it is after the command took effect. */
  bulkCommand(request: BulkReq<'bulkCommand'>): Promise<Result<BulkRun>>;
}

/** The stored run of one Resolver origin (null: none), read from extension storage. */
export interface BulkRunSource {
  get(origin: string): Promise<BulkRun | null>;
  /** Calls `onChange` whenever the origin's stored run changes (in any context). Returns unwatch. */
  watch(origin: string, onChange: (run: BulkRun | null) => void): () => void;
}
