/**
 * Where a request's body came from, in the words the admin reads: the confirmation, the report
 * and the options page's remembered descriptions all say it the same way.
 */
import { t } from './i18n';
import type { BodySource, DescriptionRef } from './protocol';

/** Where a request's body comes from, in the words the confirmation uses. */
export function sourceWords(source: BodySource, description?: DescriptionRef): string {
  if (source === 'spec' && description) return t('ui.request.source.specFrom', { where: descriptionWhere(description) });
  return t(`ui.request.source.${source}`);
}

/** Which description: how it was found, and its URL or "inline". */
export function descriptionWhere(description: DescriptionRef): string {
  const how = t(`description.source.${description.found}`);
  return `${how}: ${description.url ?? t('report.description.inline')}`;
}
