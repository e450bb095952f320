import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore } from '@/lib/settings/settings-store';
import { createTestBulk } from './bulk/test-bulk-bridge';
import { countInteractions } from './count-interactions';
import { MfaHelper } from './MfaHelper';
import { configureChecklist, createTestBridge } from './test-bridge';

/** A fresh popup: a new MfaHelper over the same storage, as each opening of the real popup is. */
function openHelper(withBulk = false) {
  const testBridge = createTestBridge();
  const bulk = createTestBulk();
  const view = render(
    <MfaHelper bridge={testBridge.bridge} surface="popup" {...(withBulk ? { bulk: { bridge: bulk.bridge, runs: bulk.runs } } : {})} />,
  );
  return { ...testBridge, user: userEvent.setup(), close: view.unmount };
}

/** The tab is saved in the background of the click: wait for storage to have it. */
async function expectRemembered(tab: string) {
  await vi.waitFor(async () => expect((await createSettingsStore().load()).lastTab).toBe(tab));
}

async function tabNames() {
  const tablist = await screen.findByRole('tablist', { name: 'MFA actions' });
  return within(tablist).getAllByRole('tab').map((tab) => tab.textContent);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await configureChecklist([]);
});

describe('MfaHelper remembers the last-used tab', () => {
  it('opens on the tab chosen last time, with its user field focused', async () => {
    const first = openHelper();
    await first.user.click(await screen.findByRole('tab', { name: 'Opt out / in' }));
    await expectRemembered('opt-out');
    first.close();

    openHelper();
    const tab = await screen.findByRole('tab', { name: 'Opt out / in' });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(within(screen.getByRole('tabpanel', { name: 'Opt out / in' })).getByRole('textbox', { name: 'User' })).toHaveFocus();
  });

  it('remembers a tab chosen with the keyboard too', async () => {
    const { user } = openHelper();
    await screen.findByRole('tablist');
    await user.tab({ shift: true });
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Enforce MFA' })).toHaveAttribute('aria-selected', 'true');
    await expectRemembered('enforce');
  });

  it('keeps the checklist when it remembers the tab', async () => {
    await configureChecklist(['Called back on the HR number']);
    const { user } = openHelper();
    await user.click(await screen.findByRole('tab', { name: 'Enforce MFA' }));
    await expectRemembered('enforce');
    await expect(createSettingsStore().load()).resolves.toEqual({
      callerChecklist: ['Called back on the HR number'],
      lastTab: 'enforce',
      language: 'auto',
    });
  });
});

describe('MfaHelper bulk tab', () => {
  it('is offered only where bulk runs are, after the three single actions', async () => {
    openHelper(false);
    expect(await tabNames()).toEqual(['Reset MFA', 'Opt out / in', 'Enforce MFA']);
  });

  it('is the fourth tab when bulk runs are given, and is remembered like the others', async () => {
    const first = openHelper(true);
    expect(await tabNames()).toEqual(['Reset MFA', 'Opt out / in', 'Enforce MFA', 'Bulk']);
    await first.user.click(screen.getByRole('tab', { name: 'Bulk' }));
    await expectRemembered('bulk');
    first.close();

    openHelper(true);
    const list = await screen.findByRole('textbox', { name: 'One email or user id per line' });
    expect(screen.getByRole('tab', { name: 'Bulk' })).toHaveAttribute('aria-selected', 'true');
    expect(list).toHaveFocus();
  });

  it('a remembered Bulk tab opens on Reset where there are no bulk runs (the panel without them)', async () => {
    await createSettingsStore().save({ lastTab: 'bulk' });
    openHelper(false);
    expect(await screen.findByRole('tab', { name: 'Reset MFA' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: 'User' })).toHaveFocus();
  });
});

describe('MfaHelper speed on the remembered tab', () => {
  it('opens on Opt out and opts a user out by email in three interactions, confirmation included', async () => {
    await createSettingsStore().save({ lastTab: 'opt-out' });
    const { user: rawUser, callsTo } = openHelper();
    const { user, interactions } = countInteractions(rawUser);
    await screen.findByRole('tablist');

    await user.keyboard('alice@example.com');
    await user.click(screen.getByRole('button', { name: 'Opt out of MFA…' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm opt-out' }));

    await screen.findByText(/is now opted out of MFA/);
    expect(callsTo('runAction')).toMatchObject([{ action: 'setMfaOptOut', input: { userId: 2, optOut: true } }]);
    expect(interactions()).toBe(3);
  });
});
