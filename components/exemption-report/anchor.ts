/** Where the options page shows the exemption reports (the popup's "full page" opens it there). */
export const EXEMPTION_REPORTS_ANCHOR = 'exemption-reports';
