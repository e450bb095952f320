/**
 * What the shared admin steps (action-steps.ts, sign-in.ts) need of a browser driver, as
 * structural types. Playwright's Page and Locator fit them as they are (the Chromium suite); the
 * Firefox suite's Puppeteer-backed locators implement them (test/e2e-firefox/dom-locator.ts), so
 * both suites walk the very same steps. Only what the steps use is listed.
 */
export type UiRole =
  | 'alert'
  | 'button'
  | 'checkbox'
  | 'dialog'
  | 'form'
  | 'group'
  | 'heading'
  | 'region'
  | 'row'
  | 'status'
  | 'table'
  | 'tab'
  | 'tablist'
  | 'textbox';

export interface RoleOptions {
  name?: string;
  exact?: boolean;
}

export interface TextOptions {
  exact?: boolean;
}

/** Where elements are looked for: a page, or an element found before. */
export interface UiScope<L> {
  getByRole(role: UiRole, options?: RoleOptions): L;
  getByText(text: string, options?: TextOptions): L;
  getByLabel(text: string, options?: TextOptions): L;
}

/** A lazy element query, resolved again at each use (as Playwright's Locator). */
export interface UiLocator<L> extends UiScope<L> {
  locator(selector: string): L;
  filter(options: { hasText: string | RegExp }): L;
  first(): L;
  all(): Promise<L[]>;
  count(): Promise<number>;
  waitFor(options?: { state?: 'attached' | 'visible'; timeout?: number }): Promise<void>;
  isVisible(): Promise<boolean>;
  isDisabled(): Promise<boolean>;
  isEnabled(): Promise<boolean>;
  getAttribute(name: string): Promise<string | null>;
  innerText(): Promise<string>;
  inputValue(): Promise<string>;
  click(): Promise<void>;
  fill(value: string): Promise<void>;
  check(): Promise<void>;
  setChecked(checked: boolean): Promise<void>;
  selectOption(option: { label: string }): Promise<unknown>;
}

/** A tab. */
export interface UiPage<L> extends UiScope<L> {
  goto(url: string): Promise<unknown>;
  url(): string;
}
