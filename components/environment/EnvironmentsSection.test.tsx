import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '@/lib/i18n';
import { createRememberedDescriptionStore } from '@/lib/page/description/remembered-descriptions';
import { rememberedOperation } from '@/lib/page/description/test-remembered';
import { createTestBridge } from '../test-bridge';
import { EnvironmentsSection, type ResolverTab } from './EnvironmentsSection';

beforeEach(() => {
  fakeBrowser.reset();
});

function setup(tabs: ResolverTab[]) {
  const testBridge = createTestBridge();
  const bridgeFor = vi.fn((_tabId: number) => testBridge.bridge);
  const remembered = createRememberedDescriptionStore();
  const user = userEvent.setup();
  render(<EnvironmentsSection listTabs={async () => tabs} bridgeFor={bridgeFor} remembered={remembered} />);
  return { ...testBridge, bridgeFor, remembered, user };
}

describe('the options page’s Resolver environments', () => {
  it('checks an open Resolver tab through that tab', async () => {
    const { user, bridgeFor, callsTo } = setup([{ id: 5, url: 'https://acme.resolver.com/home', title: 'Acme' }]);
    await user.click(await screen.findByRole('button', { name: 'Check acme.resolver.com' }));
    await screen.findByRole('region', { name: t('report.heading') });
    expect(bridgeFor).toHaveBeenCalledWith(5);
    expect(callsTo('checkEnvironment')).toHaveLength(1);
  });

  it('says what to do when no Resolver tab is open', async () => {
    setup([]);
    expect(await screen.findByText(t('environments.noTabs'))).toBeInTheDocument();
  });

  it('lists the remembered descriptions and forgets an environment’s', async () => {
    const { user, remembered } = setup([]);
    await remembered.remember('https://acme.resolver.com', { resetUserMfa: rememberedOperation() });
    const row = await screen.findByRole('row', { name: /acme\.resolver\.com/ });
    expect(row).toHaveTextContent('PUT /user/users/mfa/reset');
    expect(row).toHaveTextContent('loaded by Swagger UI on the Swagger page: inline in the page');
    await user.click(within(row).getByRole('button', { name: 'Forget https://acme.resolver.com' }));
    expect(await screen.findByText(t('environments.remembered.none'))).toBeInTheDocument();
    await expect(remembered.list()).resolves.toEqual({});
  });
});
