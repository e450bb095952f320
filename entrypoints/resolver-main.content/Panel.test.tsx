import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createTestBulk } from '@/components/bulk/test-bulk-bridge';
import { ALICE, createTestBridge } from '@/components/test-bridge';
import { t } from '@/lib/i18n';
import { Panel } from './Panel';

function toggle() {
  return screen.getByRole('button', { name: t('app.name') });
}

describe('Panel', () => {
  it('starts collapsed to a labelled button and asks the tab nothing until opened', () => {
    const { bridge, calls } = createTestBridge();
    render(<Panel bridge={bridge} />);
    expect(screen.getByRole('region', { name: t('app.name') })).toBeInTheDocument();
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('expands to the helper, and collapses again keeping what was typed', async () => {
    const user = userEvent.setup();
    const { bridge, callsTo } = createTestBridge();
    render(<Panel bridge={bridge} />);

    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    const field = await screen.findByRole('textbox', { name: t('ui.user.label') });
    expect(callsTo('getStatus')).toHaveLength(1);
    await user.type(field, ALICE.email);

    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: t('ui.user.label') })).not.toBeInTheDocument();

    await user.click(toggle());
    expect(screen.getByRole('textbox', { name: t('ui.user.label') })).toHaveValue(ALICE.email);
  });

  it('ignores a confirmation click the browser did not mark as trusted, as a page script would send', async () => {
    const user = userEvent.setup();
    const { bridge, callsTo } = createTestBridge();
    render(<Panel bridge={bridge} />);
    await user.click(toggle());
    await user.type(await screen.findByRole('textbox', { name: t('ui.user.label') }), `${ALICE.email}{Enter}`);

    // user-event clicks are synthetic (isTrusted false), exactly like a click dispatched by the page.
    await user.click(await screen.findByRole('button', { name: t('ui.reset.confirm') }));
    expect(callsTo('prepareAction')).toHaveLength(1);
    expect(callsTo('runAction')).toEqual([]);
  });

  it('offers bulk runs, whose start ignores clicks the browser did not mark as trusted', async () => {
    const user = userEvent.setup();
    const bulk = createTestBulk();
    render(<Panel bridge={createTestBridge().bridge} bulk={{ bridge: bulk.bridge, runs: bulk.runs }} />);
    await user.click(toggle());
    await user.click(await screen.findByRole('tab', { name: t('bulkUi.tab') }));
    await user.click(await screen.findByRole('textbox', { name: t('bulkUi.form.list') }));
    await user.paste(ALICE.email);
    await user.click(screen.getByRole('button', { name: t('bulkUi.form.submit') }));
    await user.click(await screen.findByRole('button', { name: 'Reset MFA for 1 user…' }));
    await user.click(screen.getByRole('button', { name: 'Reset MFA for 1 user' }));
    expect(bulk.resolves()).toHaveLength(1);
    expect(bulk.commands()).toEqual([]);
  });
});
