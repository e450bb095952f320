/**
 * Signs in through the simulator's real login page, as a person would: email and password, then
 * the organisation choice and the authenticator step when the page asks for them.
 */
import { generate } from 'otplib';
import type { UiLocator, UiPage } from './ui-driver';

export interface SignInOptions {
  email: string;
  password: string;
  /** Simulator tenant (host prefix); the simulator's default when omitted. */
  tenant?: string;
  /** Organisation to pick when the account belongs to several. */
  org?: string;
  /** Base32 secret of the account's authenticator app, for the verification step. */
  totpSecret?: string;
  /** Tick "Remember this device for 30 days" at the authenticator step. */
  rememberDevice?: boolean;
}

export interface SignedIn {
  /** The authenticator secret in use: the one given, or the one the setup step showed. */
  totpSecret?: string;
}

/** What signIn needs of the simulator handle. */
export interface SignInTarget {
  origin(tenant?: string): string;
}

type Step = 'home' | 'org' | 'mfa' | 'refused';

const HOME = /\/home(\?|$)/;
const STEP_TIMEOUT_MS = 15_000;

interface Steps<L> {
  org: L;
  mfa: L;
  refused: L;
}

async function visible<L extends UiLocator<L>>(locator: L): Promise<boolean> {
  // The page may be navigating between checks; a locator on a closing document is simply not there.
  return locator.isVisible().catch(() => false);
}

/** Waits until the page shows a step other than `previous` (a refusal always counts). */
async function nextStep<L extends UiLocator<L>>(page: UiPage<L>, steps: Steps<L>, previous: Step | null): Promise<Step> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    let step: Step | null = null;
    if (HOME.test(new URL(page.url()).pathname)) step = 'home';
    else if (await visible(steps.refused)) step = 'refused';
    else if (await visible(steps.org)) step = 'org';
    else if (await visible(steps.mfa)) step = 'mfa';
    if (step !== null && (step !== previous || step === 'refused')) return step;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The login page did not move on from step "${previous ?? 'start'}" within ${STEP_TIMEOUT_MS} ms.`);
}

/** Works with any driver of ui-driver.ts: Playwright in Chromium, Puppeteer in Firefox. */
export async function signIn<L extends UiLocator<L>>(page: UiPage<L>, sim: SignInTarget, options: SignInOptions): Promise<SignedIn> {
  await page.goto(`${sim.origin(options.tenant)}/`);
  await page.getByLabel('Email', { exact: true }).fill(options.email);
  await page.getByLabel('Password', { exact: true }).fill(options.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  const organisation = page.getByLabel('Organisation', { exact: true });
  const code = page.getByLabel('Authentication code', { exact: true });
  const refusal = page.getByRole('alert').filter({ hasText: /\S/ });
  const steps: Steps<L> = { org: organisation, mfa: code, refused: refusal };
  let totpSecret = options.totpSecret;

  for (let step = await nextStep(page, steps, null); step !== 'home'; step = await nextStep(page, steps, step)) {
    if (step === 'refused') throw new Error(`Sign-in refused: ${await refusal.innerText()}`);
    if (step === 'org') {
      if (!options.org) throw new Error(`${options.email} belongs to several organisations: pass \`org\`.`);
      await organisation.selectOption({ label: options.org });
      await page.getByRole('button', { name: 'Continue' }).click();
      continue;
    }
    // The setup step shows the key a person would type into their authenticator app.
    const shownKey = page.getByText('Key:').locator('code');
    if (await visible(shownKey)) totpSecret = (await shownKey.innerText()).trim();
    if (!totpSecret) throw new Error(`${options.email} must enter an authenticator code: pass \`totpSecret\`.`);
    await code.fill(await generate({ secret: totpSecret }));
    await page.getByLabel('Remember this device for 30 days').setChecked(options.rememberDevice ?? false);
    await page.getByRole('button', { name: 'Verify' }).click();
  }
  return totpSecret === undefined ? {} : { totpSecret };
}
