/** Turns a Failure into the sentences the admin reads: our explanation, then Resolver's own words. */
import { t } from './i18n';
import type { Failure } from './protocol';

export interface FailureText {
  summary: string;
  /** The server's message or the validation problem, verbatim; null when there is none. */
  detail: string | null;
}

export function failureText(failure: Failure): FailureText {
  const summary = t(`failure.${failure.kind}`);
  if (failure.detail) return { summary, detail: t('ui.failure.detail', { detail: failure.detail }) };
  if (failure.status !== undefined) return { summary, detail: t('ui.failure.status', { status: failure.status }) };
  return { summary, detail: null };
}

/** The same as one line of text: for reports. */
export function failureLine(failure: Failure): string {
  const { summary, detail } = failureText(failure);
  return detail === null ? summary : `${summary} ${detail}`;
}
