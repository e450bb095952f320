import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { countInteractions } from './count-interactions';
import { MfaOptOutForm } from './MfaOptOutForm';
import { createTestBridge, formPropsFor, preparedRequest } from './test-bridge';

function setup() {
  const testBridge = createTestBridge();
  const { user, interactions } = countInteractions(userEvent.setup());
  render(<MfaOptOutForm {...formPropsFor(testBridge.bridge)} />);
  return { ...testBridge, user, interactions, field: screen.getByRole('textbox', { name: 'User' }) };
}

const reminderField = () => screen.getByRole('combobox', { name: 'Remind me to opt them back in' });

describe('MfaOptOutForm with a reminder to opt back in', () => {
  it('opting out with “in 7 days”: the confirmation says so and the request asks for the reminder', async () => {
    const { user, field, callsTo, interactions } = setup();
    await user.type(field, 'bob@example.com');
    await user.selectOptions(reminderField(), 'In 7 days');
    await user.click(screen.getByRole('button', { name: 'Opt out of MFA…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('In 7 days, the helper will remind you to opt them back in. It will not do it by itself.');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm opt-out' }));
    await screen.findByText(/is now opted out of MFA/);
    expect(callsTo('runAction')).toEqual([
      {
        action: 'setMfaOptOut',
        input: { userId: 3, optOut: true },
        expected: preparedRequest('setMfaOptOut', { userId: 3, optOut: true }),
        target: { userId: 3, name: 'Bob Sample', email: 'bob@example.com' },
        optOutReminderDays: 7,
      },
    ]);
    // Choosing a reminder is the one interaction it adds.
    expect(interactions()).toBe(4);
  });

  it('opting back in ignores the choice: no reminder note, none asked for', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'bob@example.com');
    await user.selectOptions(reminderField(), 'In 30 days');
    await user.click(screen.getByRole('button', { name: 'Opt back in…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).not.toHaveTextContent('will remind you');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm opt-in' }));
    await screen.findByText(/is subject to MFA again/);
    expect(callsTo('runAction')).toEqual([
      { action: 'setMfaOptOut', input: { userId: 3, optOut: false }, target: { userId: 3, name: 'Bob Sample', email: 'bob@example.com' }, expected: preparedRequest('setMfaOptOut', { userId: 3, optOut: false }) },
    ]);
  });
});
