import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '@/lib/i18n/format';
import { reminderFor } from '@/lib/opt-out-reminders/test-reminders';
import { createTestBridge, deferred } from '../test-bridge';
import { ExpiredOptOuts } from './ExpiredOptOuts';

const bob = reminderFor();
const carol = reminderFor({ user: { id: 4, name: 'Carol Test', email: 'carol@example.com' }, environment: 'sandbox', origin: 'https://acme-sandbox.resolver.com' });
const BOB_BACK_IN = 'Opt Bob Sample back in to MFA';

function setup(props: { reminders?: typeof bob[]; requireTrustedClicks?: boolean; runAction?: Parameters<typeof createTestBridge>[0] } = {}) {
  const testBridge = createTestBridge(props.runAction);
  const onDismiss = vi.fn(async () => undefined);
  const view = render(
    <ExpiredOptOuts
      reminders={props.reminders ?? [bob, carol]}
      bridge={testBridge.bridge}
      onDismiss={onDismiss}
      requireTrustedClicks={props.requireTrustedClicks ?? false}
    />,
  );
  return { ...testBridge, onDismiss, view, user: userEvent.setup() };
}

describe('ExpiredOptOuts', () => {
  it('names each user, org, environment and when the opt-out ended, in plain words', () => {
    setup();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      `Bob Sample (bob@example.com, id 3) was opted out of MFA in Acme Corp (production) until ${formatDateTime(bob.expiresAt)}.`,
    );
    expect(items[1]).toHaveTextContent('Carol Test (carol@example.com, id 4) was opted out of MFA in Acme Corp (sandbox)');
    expect(screen.getByRole('heading', { name: 'MFA opt-outs due to end' })).toBeInTheDocument();
  });

  it('shows nothing when no opt-out is due', () => {
    const { view } = setup({ reminders: [] });
    expect(view.container).toBeEmptyDOMElement();
  });

  it('opts the user back in with one click, sending only that opt-in, and says it is done', async () => {
    const { user, callsTo } = setup();
    await user.click(screen.getByRole('button', { name: BOB_BACK_IN }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Done: Bob Sample (bob@example.com, id 3) is subject to MFA again in Acme Corp (production).',
    );
    expect(callsTo('runAction')).toEqual([
      { action: 'setMfaOptOut', input: { userId: 3, optOut: false }, target: { userId: 3, name: 'Bob Sample', email: 'bob@example.com' } },
    ]);
    expect(screen.queryByRole('button', { name: BOB_BACK_IN })).not.toBeInTheDocument();
  });

  it('keeps saying it is done after the stored reminder goes away', async () => {
    const { user, view, bridge, onDismiss } = setup();
    await user.click(screen.getByRole('button', { name: BOB_BACK_IN }));
    await screen.findByRole('status');
    view.rerender(<ExpiredOptOuts reminders={[carol]} bridge={bridge} onDismiss={onDismiss} requireTrustedClicks={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('Done: Bob Sample');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('sends once however often the button is clicked, and says it is working meanwhile', async () => {
    const answer = deferred<{ ok: true; value: { status: number; request: { method: 'PUT'; path: string; body: unknown; source: 'spec' } } }>();
    const { callsTo } = setup({ runAction: { runAction: () => answer.promise } });
    const button = screen.getByRole('button', { name: BOB_BACK_IN });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(await screen.findByText('Opting Bob Sample back in…')).toBeInTheDocument();
    expect(button).toBeDisabled();
    answer.resolve({ ok: true, value: { status: 204, request: { method: 'PUT', path: '/user/users/3/membership', body: { mfaOptOut: false }, source: 'spec' } } });
    await screen.findByRole('status');
    expect(callsTo('runAction')).toHaveLength(1);
  });

  it('shows a failure in words and keeps the button to try again', async () => {
    const { user } = setup({ runAction: { runAction: () => ({ ok: false, kind: 'session-ended', status: 401 }) } });
    await user.click(screen.getByRole('button', { name: BOB_BACK_IN }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Opting Bob Sample back in did not work. The reminder stays.');
    expect(within(alert).getByText(/session/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: BOB_BACK_IN })).toBeEnabled();
  });

  it('dismisses a reminder, and says dismissing leaves the user opted out', async () => {
    const { user, onDismiss, callsTo } = setup();
    const dismiss = within(screen.getAllByRole('listitem')[1] as HTMLElement).getByRole('button', { name: 'Dismiss' });
    expect(dismiss).toHaveAccessibleDescription('Dismiss only forgets the reminder: the user stays opted out.');
    await user.click(dismiss);
    expect(onDismiss).toHaveBeenCalledWith(carol);
    expect(callsTo('runAction')).toEqual([]);
  });

  it('with trusted clicks required, ignores clicks a script dispatched', async () => {
    const { user, callsTo, onDismiss } = setup({ requireTrustedClicks: true });
    // jsdom marks every event untrusted, like a page script's dispatchEvent in a browser.
    await user.click(screen.getByRole('button', { name: BOB_BACK_IN }));
    await user.click(screen.getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    expect(callsTo('runAction')).toEqual([]);
    expect(onDismiss).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
