/**
 * The page's window and document events the helper listens to (focus, visibility, pagehide) are
 * ones a page script can also dispatch. Only those the browser fired (`isTrusted`) are acted on: a
 * forged pagehide would release a running bulk run's or scan's lease to another tab, a forged
 * focus would set off session checks.
 */
export function fromBrowserOnly(listener: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) listener();
  };
}
