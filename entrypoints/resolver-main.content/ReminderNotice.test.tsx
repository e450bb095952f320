import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createTestBridge } from '@/components/test-bridge';
import { t } from '@/lib/i18n';
import { reminderFor } from '@/lib/opt-out-reminders/test-reminders';
import { ReminderNotice } from './ReminderNotice';

const bob = reminderFor();

function setup() {
  const testBridge = createTestBridge();
  const dismiss = vi.fn(async () => undefined);
  const view = render(<ReminderNotice reminders={[bob]} bridge={testBridge.bridge} dismiss={dismiss} />);
  return { ...testBridge, dismiss, view, user: userEvent.setup() };
}

describe('ReminderNotice', () => {
  it('is a labelled region listing the due opt-out with its two buttons', () => {
    setup();
    const region = screen.getByRole('region', { name: t('reminders.notice.label') });
    expect(region).toHaveTextContent('Bob Sample (bob@example.com, id 3) was opted out of MFA in Acme Corp (production)');
    expect(screen.getByRole('button', { name: 'Opt Bob Sample back in to MFA' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
  });

  it('acts on trusted clicks only: a script’s click on “Opt back in” or “Dismiss” does nothing', async () => {
    const { user, callsTo, dismiss } = setup();
    // jsdom marks every event untrusted, as a browser marks a page script's click.
    await user.click(screen.getByRole('button', { name: 'Opt Bob Sample back in to MFA' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(callsTo('runAction')).toEqual([]);
    expect(dismiss).not.toHaveBeenCalled();
  });

  it('closes on Close, asking nothing of the tab', async () => {
    const { user, calls, view } = setup();
    await user.click(screen.getByRole('button', { name: t('reminders.notice.close') }));
    expect(view.container).toBeEmptyDOMElement();
    expect(calls).toEqual([]);
  });

  it('shows nothing when nothing is due', () => {
    const { bridge } = createTestBridge();
    const view = render(<ReminderNotice reminders={[]} bridge={bridge} dismiss={async () => undefined} />);
    expect(view.container).toBeEmptyDOMElement();
  });
});
