/** How the exemption report puts its figures in words (the summary line and its notes). */
import type { Scan } from '@/lib/exemption-report/report-schema';
import { scanCounts } from '@/lib/exemption-report/scan-counts';
import { t } from '@/lib/i18n';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { REPORT_USER_LIMIT } from '@/lib/resolver/knowledge';
import { describeOrg, environmentWord } from '../describe';

export function timeWords(iso: string): string {
  return formatDateTime(iso);
}

export function flagWords(flag: boolean | null): string {
  if (flag === null) return t('exemption.flag.unknown');
  return flag ? t('exemption.flag.yes') : t('exemption.flag.no');
}

const count = formatNumber;

/** "N of M active users are exempt from MFA in <org> (<environment>), scanned <time>", or "so far" while not finished. */
export function summaryWords(scan: Scan): string {
  const counts = scanCounts(scan);
  const where = { exempt: count(counts.activeExempt), active: count(counts.activeUsers), org: describeOrg(scan.org), environment: environmentWord(scan.environment) };
  return scan.phase === 'finished' && scan.finishedAt !== null
    ? t('exemption.summary', { ...where, time: timeWords(scan.finishedAt) })
    : t('exemption.summary.partial', where);
}

/** The caveats that count users, each with a sentence for one user (`<key>.one`). */
type CaveatKey = 'exemption.unreported' | 'exemption.readFailed' | 'exemption.gone' | 'exemption.inactiveExempt';

/** What the admin must know before trusting the figures: each caveat that applies, in words. */
export function caveatWords(scan: Scan): string[] {
  const counts = scanCounts(scan);
  const notes: string[] = [];
  const listing = scan.listing;
  if (listing && !listing.complete) {
    notes.push(
      listing.reportedTotal !== null && listing.reportedTotal > scan.ids.length
        ? t('exemption.incomplete', { total: count(listing.reportedTotal), listed: count(scan.ids.length) })
        : t('exemption.limit', { limit: count(REPORT_USER_LIMIT), listed: count(scan.ids.length) }),
    );
  }
  const caveat = (key: CaveatKey, n: number) => {
    if (n > 0) notes.push(n === 1 ? t(`${key}.one`) : t(key, { count: count(n) }));
  };
  caveat('exemption.unreported', counts.unreported);
  caveat('exemption.readFailed', counts.failed);
  caveat('exemption.gone', counts.gone);
  caveat('exemption.inactiveExempt', counts.exempt - counts.activeExempt);
  return notes;
}
