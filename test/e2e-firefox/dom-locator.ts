/**
 * Playwright-like locators over Puppeteer, for Firefox (driven over WebDriver BiDi), so the
 * Firefox suite walks the shared steps of test/e2e (sign-in.ts, action-steps.ts: see
 * test/e2e/ui-driver.ts) instead of copies of them.
 *
 * Why not Puppeteer's own ARIA selectors: in Firefox they are answered by the browser's
 * accessibility locator, which does not reach into the panel's shadow root. Here a locator is a
 * chain of steps that one function, run in the page, resolves by walking the DOM through open
 * shadow roots, computing roles and accessible names the way the specs need them (ARIA's implicit
 * roles, aria-labelledby, aria-label, <label>, <legend>, text content). Matching follows
 * Playwright's: a name or text matches case-insensitively as a substring, or, with `exact`, as the
 * whole whitespace-normalised string; a role query skips hidden elements; an action on a locator
 * that matches several elements is an error (strict), as in Playwright.
 *
 * Every click and key press goes through Puppeteer's input actions, which Firefox marks trusted:
 * the panel ignores untrusted events, so a synthetic click would prove nothing.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { RoleOptions, TextOptions, UiLocator, UiPage, UiRole } from '../e2e/ui-driver';

type Step =
  | { kind: 'role'; role: UiRole; name?: string; exact?: boolean }
  | { kind: 'text'; text: string; exact?: boolean }
  | { kind: 'label'; text: string; exact?: boolean }
  | { kind: 'css'; selector: string }
  | { kind: 'has-text'; text: string; regExp: { source: string; flags: string } | null }
  | { kind: 'nth'; index: number };

type Purpose = 'count' | 'attached' | 'visible' | 'enabled';

const DEFAULT_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

/**
 * Resolves `chain` in the page. Runs inside the browser, so it is self-contained: Puppeteer sends
 * its source. With 'count' it returns the number of matches; otherwise the single match once it
 * is attached, visible or enabled (null until then, the number of matches when there are several).
 * Only single elements cross back: reading an array's items through a handle stalled in Firefox.
 */
function resolveChain(chain: Step[], purpose: Purpose): Element | number | null {
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
  const matches = (value: string, wanted: string, exact: boolean | undefined) =>
    exact ? norm(value) === norm(wanted) : norm(value).toLowerCase().includes(norm(wanted).toLowerCase());
  const descendants = (root: Element | Document | ShadowRoot): Element[] => {
    const found: Element[] = [];
    for (const element of Array.from(root.querySelectorAll('*'))) {
      found.push(element);
      if (element.shadowRoot) found.push(...descendants(element.shadowRoot));
    }
    return found;
  };
  const isVisible = (element: Element) =>
    typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
  const textOf = (element: Element) => (element instanceof HTMLElement ? element.innerText : (element.textContent ?? ''));
  const byId = (element: Element, id: string) => {
    const root = element.getRootNode();
    return root instanceof ShadowRoot || root instanceof Document ? root.getElementById(id) : null;
  };
  const labelledBy = (element: Element): string | null => {
    const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const text = ids.map((id) => byId(element, id)).flatMap((label) => (label ? [textOf(label)] : [])).join(' ');
    return ids.length > 0 && norm(text) !== '' ? norm(text) : null;
  };
  const ariaLabel = (element: Element): string | null => {
    const label = element.getAttribute('aria-label');
    return label !== null && norm(label) !== '' ? norm(label) : null;
  };
  const labelsOf = (element: Element): string | null => {
    const labels = 'labels' in element ? (element.labels as NodeListOf<HTMLLabelElement> | null) : null;
    return labels && labels.length > 0 ? norm(Array.from(labels, textOf).join(' ')) : null;
  };
  const TEXTBOX_TYPES = ['', 'text', 'email', 'tel', 'url'];
  const implicitRole = (element: Element): string | null => {
    const tag = element.localName;
    if (tag === 'button') return 'button';
    if (tag === 'input') {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      return TEXTBOX_TYPES.includes(type) ? 'textbox' : null;
    }
    if (tag === 'textarea') return 'textbox';
    if (tag === 'dialog') return 'dialog';
    if (tag === 'fieldset') return 'group';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'table') return 'table';
    if (tag === 'tr') return 'row';
    // A form or section is a landmark only when it has a name.
    if (tag === 'form' || tag === 'section') {
      return labelledBy(element) !== null || ariaLabel(element) !== null ? (tag === 'form' ? 'form' : 'region') : null;
    }
    return null;
  };
  const roleOf = (element: Element) => element.getAttribute('role')?.split(/\s+/)[0] || implicitRole(element);
  const NAME_FROM_CONTENT = ['button', 'tab', 'checkbox', 'heading', 'link', 'row'];
  const nameOf = (element: Element): string => {
    const named = labelledBy(element) ?? ariaLabel(element) ?? labelsOf(element);
    if (named !== null) return named;
    if (element.localName === 'fieldset') {
      const legend = element.querySelector(':scope > legend');
      if (legend) return norm(textOf(legend));
    }
    if (element.localName === 'table') {
      const caption = element.querySelector(':scope > caption');
      if (caption) return norm(textOf(caption));
    }
    const role = roleOf(element);
    return role !== null && NAME_FROM_CONTENT.includes(role) ? norm(textOf(element)) : norm(element.getAttribute('title') ?? '');
  };
  const SKIPPED = ['script', 'style', 'template', 'noscript', 'head', 'title'];

  let scopes: (Element | Document)[] = [document];
  for (const step of chain) {
    if (step.kind === 'nth') {
      scopes = scopes[step.index] === undefined ? [] : [scopes[step.index] as Element];
      continue;
    }
    if (step.kind === 'has-text') {
      const wanted = step.regExp ? new RegExp(step.regExp.source, step.regExp.flags) : null;
      scopes = scopes.filter((scope) => {
        const text = norm(scope instanceof Element ? textOf(scope) : (scope.body?.innerText ?? ''));
        return wanted ? wanted.test(text) : matches(text, step.text, false);
      });
      continue;
    }
    const next = new Set<Element>();
    for (const scope of scopes) {
      const candidates = descendants(scope);
      if (step.kind === 'css') {
        for (const element of candidates) if (element.matches(step.selector)) next.add(element);
      } else if (step.kind === 'role') {
        for (const element of candidates) {
          if (roleOf(element) !== step.role || !isVisible(element)) continue;
          if (step.name === undefined || matches(nameOf(element), step.name, step.exact)) next.add(element);
        }
      } else if (step.kind === 'label') {
        for (const element of candidates) {
          const label = labelledBy(element) ?? ariaLabel(element) ?? labelsOf(element);
          if (label !== null && matches(label, step.text, step.exact)) next.add(element);
        }
      } else {
        const hits = candidates.filter(
          (element) => !SKIPPED.includes(element.localName) && matches(textOf(element), step.text, step.exact),
        );
        // The innermost elements holding the text, as Playwright's text locators find them.
        for (const hit of hits) if (!hits.some((other) => other !== hit && hit.contains(other))) next.add(hit);
      }
    }
    scopes = Array.from(next);
  }
  const elements = scopes.filter((scope): scope is Element => scope instanceof Element);
  if (purpose === 'count') return elements.length;
  if (elements.length > 1) return elements.length;
  const [element] = elements;
  if (element === undefined) return null;
  if (purpose === 'attached') return element;
  if (!isVisible(element)) return null;
  if (purpose === 'enabled' && (element as HTMLButtonElement).disabled === true) return null;
  return element;
}

/**
 * The element's centre in the viewport (scrolled into view first), or null when something else
 * would receive a click there. Runs in the page; looks through open shadow roots.
 */
function hitPoint(element: Element): { x: number; y: number } | null {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (inner === null || inner === hit) break;
    hit = inner;
  }
  return hit !== null && (hit === element || element.contains(hit)) ? { x, y } : null;
}

function describe(chain: readonly Step[]): string {
  return chain
    .map((step) => {
      if (step.kind === 'role') return `role=${step.role}${step.name === undefined ? '' : `[name=${JSON.stringify(step.name)}]`}`;
      if (step.kind === 'text' || step.kind === 'label') return `${step.kind}=${JSON.stringify(step.text)}`;
      if (step.kind === 'css') return `css=${step.selector}`;
      if (step.kind === 'has-text') return `has-text=${step.regExp ? `/${step.regExp.source}/` : JSON.stringify(step.text)}`;
      return `nth=${step.index}`;
    })
    .join(' >> ');
}

export class DomLocator implements UiLocator<DomLocator> {
  constructor(
    readonly page: Page,
    private readonly chain: readonly Step[] = [],
  ) {}

  private and(step: Step): DomLocator {
    return new DomLocator(this.page, [...this.chain, step]);
  }

  getByRole(role: UiRole, options: RoleOptions = {}): DomLocator {
    return this.and({ kind: 'role', role, name: options.name, exact: options.exact });
  }

  getByText(text: string, options: TextOptions = {}): DomLocator {
    return this.and({ kind: 'text', text, exact: options.exact });
  }

  getByLabel(text: string, options: TextOptions = {}): DomLocator {
    return this.and({ kind: 'label', text, exact: options.exact });
  }

  locator(selector: string): DomLocator {
    return this.and({ kind: 'css', selector });
  }

  filter(options: { hasText: string | RegExp }): DomLocator {
    const { hasText } = options;
    return this.and(
      typeof hasText === 'string'
        ? { kind: 'has-text', text: hasText, regExp: null }
        : { kind: 'has-text', text: '', regExp: { source: hasText.source, flags: hasText.flags } },
    );
  }

  first(): DomLocator {
    return this.nth(0);
  }

  nth(index: number): DomLocator {
    return this.and({ kind: 'nth', index });
  }

  async count(): Promise<number> {
    return Number(await this.page.evaluate(resolveChain, [...this.chain], 'count' as Purpose));
  }

  async all(): Promise<DomLocator[]> {
    return Array.from({ length: await this.count() }, (_, index) => this.nth(index));
  }

  /** One round: the single match if it is so (strict: several matches are an error), else null. */
  private async single(purpose: Exclude<Purpose, 'count'>): Promise<ElementHandle<Element> | null> {
    // A navigation in between destroys the page's context: that round finds nothing.
    const found = await this.page.evaluateHandle(resolveChain, [...this.chain], purpose).catch(() => null);
    const element = found?.asElement();
    if (element) return element as ElementHandle<Element>;
    const many = found ? await found.jsonValue() : null;
    await found?.dispose();
    if (typeof many === 'number') throw new Error(`${describe(this.chain)}: strict mode, ${many} elements match.`);
    return null;
  }

  /**
   * The single match once it is attached, visible or enabled, polled from here (Puppeteer's own
   * waitForFunction did not settle in Firefox on the pages used here).
   */
  private async one(purpose: Exclude<Purpose, 'count'>, timeout = DEFAULT_TIMEOUT_MS): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const element = await this.single(purpose);
      if (element) return element;
      if (Date.now() > deadline) throw new Error(`${describe(this.chain)}: not ${purpose} within ${timeout} ms.`);
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
  }

  private async with<T>(element: Promise<ElementHandle<Element>>, use: (handle: ElementHandle<Element>) => Promise<T>): Promise<T> {
    const handle = await element;
    try {
      return await use(handle);
    } finally {
      await handle.dispose();
    }
  }

  async waitFor(options: { state?: 'attached' | 'visible'; timeout?: number } = {}): Promise<void> {
    await this.with(this.one(options.state ?? 'visible', options.timeout), async () => undefined);
  }

  async isVisible(): Promise<boolean> {
    const element = await this.single('visible');
    await element?.dispose();
    return element !== null;
  }

  async isDisabled(): Promise<boolean> {
    return this.with(this.one('attached'), (handle) => handle.evaluate((node) => (node as HTMLButtonElement).disabled === true));
  }

  async isEnabled(): Promise<boolean> {
    return !(await this.isDisabled());
  }

  async getAttribute(name: string): Promise<string | null> {
    return this.with(this.one('attached'), (handle) => handle.evaluate((node, attribute) => node.getAttribute(attribute), name));
  }

  async innerText(): Promise<string> {
    return this.with(this.one('attached'), (handle) => handle.evaluate((node) => (node as HTMLElement).innerText));
  }

  async inputValue(): Promise<string> {
    return this.with(this.one('attached'), (handle) => handle.evaluate((node) => (node as HTMLInputElement).value));
  }

  /**
   * Clicks the element's centre once it stays put and nothing covers it, as Playwright's
   * actionability checks do: the panel's layout moves as a looked-up user's card appears, and a
   * click computed a moment before would land beside the button.
   */
  async click(): Promise<void> {
    const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
    for (;;) {
      const point = await this.with(this.one('enabled'), async (handle) => {
        const first = await handle.evaluate(hitPoint);
        await new Promise((done) => setTimeout(done, POLL_MS));
        const second = await handle.evaluate(hitPoint);
        return first && second && first.x === second.x && first.y === second.y ? second : null;
      });
      if (point) {
        await this.page.mouse.click(point.x, point.y);
        return;
      }
      if (Date.now() > deadline) throw new Error(`${describe(this.chain)}: never stable and uncovered within ${DEFAULT_TIMEOUT_MS} ms.`);
    }
  }

  /** Replaces the field's text by typing, as a person would: select what is there, type over it. */
  async fill(value: string): Promise<void> {
    await this.with(this.one('enabled'), async (handle) => {
      await handle.focus();
      await handle.evaluate((node) => (node as HTMLInputElement).select());
      if (value === '') await this.page.keyboard.press('Backspace');
      else await this.page.keyboard.type(value);
    });
  }

  async check(): Promise<void> {
    await this.setChecked(true);
  }

  async setChecked(checked: boolean): Promise<void> {
    await this.with(this.one('enabled'), async (handle) => {
      if ((await handle.evaluate((node) => (node as HTMLInputElement).checked)) !== checked) await handle.click();
    });
  }

  /** Like Playwright's: sets the choice and fires input and change (untrusted, as Playwright's are). */
  async selectOption(option: { label: string }): Promise<string[]> {
    return this.with(this.one('enabled'), (handle) =>
      handle.evaluate((node, label) => {
        const select = node as HTMLSelectElement;
        const chosen = Array.from(select.options).find((candidate) => candidate.label === label);
        if (!chosen) throw new Error(`No option labelled ${label}.`);
        select.value = chosen.value;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return [chosen.value];
      }, option.label),
    );
  }
}

/** A Firefox tab as the shared steps drive it. */
export class DomPage implements UiPage<DomLocator> {
  private readonly root: DomLocator;

  constructor(readonly page: Page) {
    this.root = new DomLocator(page);
  }

  goto(url: string): Promise<unknown> {
    return this.page.goto(url);
  }

  url(): string {
    return this.page.url();
  }

  getByRole(role: UiRole, options?: RoleOptions): DomLocator {
    return this.root.getByRole(role, options);
  }

  getByText(text: string, options?: TextOptions): DomLocator {
    return this.root.getByText(text, options);
  }

  getByLabel(text: string, options?: TextOptions): DomLocator {
    return this.root.getByLabel(text, options);
  }

  locator(selector: string): DomLocator {
    return this.root.locator(selector);
  }
}
