import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClockOffsetStore } from '@/lib/opt-out-reminders/clock-offsets';
import { createReminderStore } from '@/lib/opt-out-reminders/reminder-store';
import { reminderFor } from '@/lib/opt-out-reminders/test-reminders';
import { createTestBridge, signedInStatus } from '../test-bridge';
import { DueOptOutsSection } from './DueOptOutsSection';

const DAY = 24 * 60 * 60 * 1000;
const past = new Date(Date.now() - DAY).toISOString();
const future = new Date(Date.now() + DAY).toISOString();

beforeEach(() => {
  fakeBrowser.reset();
});

async function setup(reminders: ReturnType<typeof reminderFor>[]) {
  const stores = { reminders: createReminderStore(), offsets: createClockOffsetStore() };
  await stores.reminders.apply(reminders.map((upsert) => ({ upsert })));
  const testBridge = createTestBridge();
  const view = render(<DueOptOutsSection bridge={testBridge.bridge} status={signedInStatus()} stores={stores} />);
  return { ...testBridge, stores, view, user: userEvent.setup() };
}

describe('DueOptOutsSection (popup)', () => {
  it('lists the due opt-outs of the tab’s origin and org only', async () => {
    await setup([
      reminderFor({ expiresAt: past }),
      reminderFor({ user: { id: 4, name: 'Not Due', email: 'nd@example.com' }, expiresAt: future }),
      reminderFor({ user: { id: 5, name: 'Other Org', email: 'oo@example.com' }, org: { id: 12, name: 'Acme Labs' }, expiresAt: past }),
      reminderFor({ user: { id: 6, name: 'Other Site', email: 'os@example.com' }, origin: 'https://globex.resolver.com', expiresAt: past }),
    ]);
    expect(await screen.findByRole('button', { name: 'Opt Bob Sample back in to MFA' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('counts by Resolver’s clock: a reminder not yet due locally is due once the origin runs ahead', async () => {
    const { stores } = await setup([reminderFor({ expiresAt: future })]);
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    await stores.offsets.learn('https://acme.resolver.com', 2 * DAY);
    expect(await screen.findByRole('listitem')).toHaveTextContent('Bob Sample');
  });

  it('dismissing removes the stored reminder, and the list with it', async () => {
    const { user, stores, view } = await setup([reminderFor({ expiresAt: past })]);
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(await stores.reminders.list()).toEqual([]);
    await waitFor(() => expect(view.container).toBeEmptyDOMElement());
  });
});
