import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '@/lib/i18n';
import { createSettingsStore } from '@/lib/settings/settings-store';
import { CallerChecklistSettings } from './CallerChecklistSettings';

const LABEL = 'Caller verification checklist';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('CallerChecklistSettings', () => {
  it('starts empty before anything is saved, suggesting checks as an example', async () => {
    render(<CallerChecklistSettings store={createSettingsStore()} />);
    const field = await screen.findByRole('textbox', { name: LABEL });
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('placeholder', t('settings.checklist.placeholder'));
  });

  it('saves the edited lines, without blank ones, for every context to read', async () => {
    const user = userEvent.setup();
    render(<CallerChecklistSettings store={createSettingsStore()} />);
    const field = await screen.findByRole('textbox', { name: LABEL });
    await user.clear(field);
    await user.type(field, 'Called back on the HR number{Enter}{Enter}  Ticket opened by the manager ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    await expect(createSettingsStore().load()).resolves.toEqual({
      callerChecklist: ['Called back on the HR number', 'Ticket opened by the manager'],
      lastTab: 'reset',
      language: 'auto',
    });
  });

  it('saves an empty checklist: no checklist at all', async () => {
    const user = userEvent.setup();
    render(<CallerChecklistSettings store={createSettingsStore()} />);
    await user.clear(await screen.findByRole('textbox', { name: LABEL }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    await expect(createSettingsStore().load()).resolves.toEqual({ callerChecklist: [], lastTab: 'reset', language: 'auto' });
  });

  it('refuses a check that is too long, says why, and keeps what was stored', async () => {
    const user = userEvent.setup();
    render(<CallerChecklistSettings store={createSettingsStore()} />);
    const field = await screen.findByRole('textbox', { name: LABEL });
    await user.click(field);
    await user.paste(`\n${'x'.repeat(201)}`);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Not saved: at most 20 checks/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(fakeBrowser.storage.local.get('settings')).resolves.toEqual({});
  });
});
