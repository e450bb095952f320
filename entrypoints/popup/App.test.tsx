import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createTestBulk } from '@/components/bulk/test-bulk-bridge';
import { createTestBridge, signedOutStatus, type Handlers } from '@/components/test-bridge';
import type { ActiveTab } from './active-tab';
import { App } from './App';

function setup(tab: ActiveTab | undefined, overrides: Partial<Handlers> = {}) {
  const testBridge = createTestBridge(overrides);
  const bridgeFor = vi.fn((_tabId: number) => testBridge.bridge);
  const openHistory = vi.fn();
  const navigateTab = vi.fn();
  render(<App findActiveTab={async () => tab} bridgeFor={bridgeFor} openHistory={openHistory} navigateTab={navigateTab} />);
  return { ...testBridge, bridgeFor, openHistory, navigateTab };
}

describe('popup', () => {
  it.each([
    ['another website', { id: 4, url: 'https://example.com/resolver.com' }],
    ['a look-alike host', { id: 4, url: 'https://resolver.com.example.net/' }],
    ['a tab whose URL the browser does not reveal', { id: 4 }],
    ['no active tab', undefined],
  ])('on %s: says it works on Resolver and what to do, and asks no tab', async (_case, tab) => {
    const { bridgeFor } = setup(tab);
    expect(await screen.findByRole('heading', { name: 'Open your Resolver tab' })).toBeInTheDocument();
    expect(screen.getByText(/https:\/\/<environment>\.resolver\.com/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Resolver MFA helper' })).toBeInTheDocument();
    expect(bridgeFor).not.toHaveBeenCalled();
  });

  it('on a Resolver tab: talks to that tab and shows its admin and environment', async () => {
    const { bridgeFor } = setup({ id: 17, url: 'https://acme.resolver.com/home' });
    expect(await screen.findByText('Ada Admin')).toBeInTheDocument();
    expect(screen.getByText('PRODUCTION')).toBeInTheDocument();
    expect(bridgeFor).toHaveBeenCalledWith(17);
  });

  it('on a Resolver tab without the content script (opened before install): says to reload it', async () => {
    setup({ id: 17, url: 'https://acme.resolver.com/home' }, { getStatus: () => ({ ok: false, kind: 'no-resolver-tab' }) });
    expect(await screen.findByText(/reload it first/)).toBeInTheDocument();
  });

  it('on a signed-out Resolver tab: says to sign in there', async () => {
    setup({ id: 17, url: 'https://acme.resolver.com/' }, { getStatus: () => ({ ok: true, value: signedOutStatus() }) });
    expect(await screen.findByRole('heading', { name: 'Sign in to Resolver' })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it.each([
    ['a Resolver tab', { id: 17, url: 'https://acme.resolver.com/home' }],
    ['another website', { id: 4, url: 'https://example.com/' }],
  ])('on %s: the History link opens the history page, by mouse or keyboard', async (_case, tab) => {
    const user = userEvent.setup();
    const { openHistory } = setup(tab);
    const link = await screen.findByRole('link', { name: 'History' });
    await user.click(link);
    expect(openHistory).toHaveBeenCalledTimes(1);
    link.focus();
    await user.keyboard('{Enter}');
    expect(openHistory).toHaveBeenCalledTimes(2);
  });

  it('opens the Swagger page of that tab’s own environment when no API description was found', async () => {
    const { navigateTab } = setup(
      { id: 17, url: 'https://acme.resolver.com/home?x=1' },
      { prepareAction: () => ({ ok: false, kind: 'no-description' }) },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Enforce MFA' }));
    await user.click(await screen.findByRole('button', { name: 'Enforce MFA…' }));
    await user.click(await screen.findByRole('button', { name: 'Open the Swagger page in this tab' }));
    expect(navigateTab).toHaveBeenCalledWith(17, 'https://acme.resolver.com/api');
  });

  it('on a Resolver tab with bulk runs: offers the Bulk tab, following that tab’s stored run', async () => {
    const testBridge = createTestBridge();
    const bulk = createTestBulk();
    const bulkFor = vi.fn((_tabId: number) => ({ bridge: bulk.bridge, runs: bulk.runs }));
    const tab = { id: 17, url: 'https://acme.resolver.com/home' };
    render(
      <App findActiveTab={async () => tab} bridgeFor={() => testBridge.bridge} bulkFor={bulkFor} openHistory={vi.fn()} navigateTab={vi.fn()} />,
    );
    expect(await screen.findByRole('tab', { name: 'Bulk' })).toBeInTheDocument();
    expect(bulkFor).toHaveBeenCalledWith(17);
  });
});
