/**
 * What the report's views can ask of a Resolver tab: the popup and the options page implement it
 * with extension messages to the tab's content script, the in-page panel with direct calls.
 * Progress is not asked for: the views watch the scan the content script persists (ReportSource),
 * so a popup opened mid-scan shows it at once and a closed popup loses nothing.
 */
import type * as z from 'zod/mini';
import type { Result } from '../protocol';
import type { ReportRequestSchemas, Scan } from './report-schema';

type ReportReq<K extends keyof typeof ReportRequestSchemas> = z.infer<(typeof ReportRequestSchemas)[K]>;

export interface ReportBridge {
  /** Starts a scan of the tab's current org; answers it as started (listing or scanning). */
  reportStart(request: ReportReq<'reportStart'>): Promise<Result<Scan>>;
  /** Answers the scan as it is after the command took effect. */
  reportCommand(request: ReportReq<'reportCommand'>): Promise<Result<Scan>>;
}
