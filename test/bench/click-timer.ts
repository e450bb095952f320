/**
 * Times a helper's work inside the popup, as the plain loops are timed inside the tab: from the
 * next click (the confirming or starting one) to the moment the page shows that the work ended,
 * both on the popup's own clock, so neither the DevTools relay nor Node's polling is in the figure.
 */
import type { Page } from 'playwright-core';

/** The sign that the work ended: an element with this aria-label, or a paragraph whose text matches this pattern. */
export type EndSign = { ariaLabel: string } | { paragraph: string };

/** What armClickTimer leaves in the popup's window. */
interface ClickTiming {
  clickedAt?: number;
  endedAt: Promise<number>;
}

export async function armClickTimer(popup: Page, end: EndSign): Promise<void> {
  await popup.evaluate((sign) => {
    // No named functions in here: tsx wraps those in a `__name` helper the page does not have.
    const paragraph = 'paragraph' in sign ? new RegExp(sign.paragraph) : null;
    const timing: ClickTiming = {
      endedAt: new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (timing.clickedAt === undefined) return;
          const ended =
            paragraph === null
              ? Array.from(document.querySelectorAll('[aria-label]'), (element) => element.getAttribute('aria-label')).includes(
                  'ariaLabel' in sign ? sign.ariaLabel : '',
                )
              : Array.from(document.querySelectorAll('p')).some((element) => paragraph.test(element.textContent?.trim() ?? ''));
          if (!ended) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
      }),
    };
    document.addEventListener('click', () => (timing.clickedAt ??= performance.now()), { capture: true });
    (window as unknown as { clickTiming: ClickTiming }).clickTiming = timing;
  }, end);
}

/** Milliseconds from the click to the end, as armClickTimer measured them. */
export async function msSinceClick(popup: Page): Promise<number> {
  return popup.evaluate(async () => {
    const timing = (window as unknown as { clickTiming: ClickTiming }).clickTiming;
    if (timing.clickedAt === undefined) throw new Error('The timed click was not seen.');
    return (await timing.endedAt) - timing.clickedAt;
  });
}
