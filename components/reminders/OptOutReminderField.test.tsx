import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import type { OptOutReminderDays } from '@/lib/protocol';
import { OptOutReminderField } from './OptOutReminderField';

function Harness({ seen }: { seen: (OptOutReminderDays | null)[] }) {
  const [value, setValue] = useState<OptOutReminderDays | null>(null);
  return (
    <OptOutReminderField
      value={value}
      onChange={(days) => {
        seen.push(days);
        setValue(days);
      }}
    />
  );
}

describe('OptOutReminderField', () => {
  it('is a labelled choice starting at Never, offering 1, 3, 7, 14, 30 and 90 days', () => {
    render(<Harness seen={[]} />);
    const field = screen.getByRole('combobox', { name: 'Remind me to opt them back in' });
    expect(field).toHaveDisplayValue('Never');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Never',
      'In 1 day',
      'In 3 days',
      'In 7 days',
      'In 14 days',
      'In 30 days',
      'In 90 days',
    ]);
  });

  it('says it reminds and offers the opt-in, without promising to opt anyone back in by itself', () => {
    render(<Harness seen={[]} />);
    const field = screen.getByRole('combobox', { name: t('reminders.field.label') });
    expect(field).toHaveAccessibleDescription(t('reminders.field.hint'));
    expect(t('reminders.field.hint')).toContain('does not opt anyone back in by itself');
  });

  it('hands on the days chosen, and null for Never', async () => {
    const seen: (OptOutReminderDays | null)[] = [];
    const user = userEvent.setup();
    render(<Harness seen={seen} />);
    const field = screen.getByRole('combobox', { name: t('reminders.field.label') });
    await user.selectOptions(field, 'In 7 days');
    expect(field).toHaveDisplayValue('In 7 days');
    await user.selectOptions(field, 'Never');
    expect(seen).toEqual([7, null]);
  });
});
