/**
 * Dates and numbers as the helper's language writes them, in one place: the locale is the
 * language's own tag ('en', 'fr'), not the browser's, so a page never mixes French words with
 * English numbers. Exports and the environment check keep ISO times: those are read by tools.
 */
import { currentLanguage } from './index';

type Moment = string | number | Date;

/** A whole count with the language's grouping: "1,234" / "1 234". */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(value);
}

/** A figure with exactly `digits` decimals: "2.5" / "2,5". */
export function formatDecimal(value: number, digits: number): string {
  return new Intl.NumberFormat(currentLanguage(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A size in megabytes, one decimal: "1.5 MB" / "1,5 Mo". */
export function formatMegabytes(bytes: number): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / 1024 / 1024);
}

/** A moment to the second, for records (the history, what was dropped): "12/4/2026, 7:14:32 PM" / "04/12/2026 19:14:32". */
export function formatTimestamp(moment: Moment): string {
  return new Date(moment).toLocaleString(currentLanguage());
}

/** A moment to the minute, for sentences (a reminder's due date, a scan's time): "Dec 4, 2026, 7:14 PM" / "4 déc. 2026, 19:14". */
export function formatDateTime(moment: Moment): string {
  return new Date(moment).toLocaleString(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}
