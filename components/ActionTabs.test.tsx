import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { ActionTabs } from './ActionTabs';

/** A tab's content that counts how often it was drawn from scratch, and keeps what is typed in it. */
function Field({ name, mounts }: { name: string; mounts: string[] }) {
  useEffect(() => {
    mounts.push(name);
  }, [name, mounts]);
  return <input aria-label={name} />;
}

function renderTabs(initialKey?: 'one' | 'two' | 'three') {
  const mounts: string[] = [];
  const tabs = (['one', 'two', 'three'] as const).map((key) => ({ key, label: `Tab ${key}`, content: <Field name={key} mounts={mounts} /> }));
  render(<ActionTabs tabs={tabs} label="Actions" initialKey={initialKey} />);
  return { mounts, user: userEvent.setup() };
}

describe('ActionTabs', () => {
  it('draws only the opening tab: a tab never opened is not drawn at all', () => {
    const { mounts } = renderTabs('two');
    expect(mounts).toEqual(['two']);
    expect(screen.queryByLabelText('one', { selector: 'input' })).toBeNull();
    expect(screen.queryByLabelText('three', { selector: 'input' })).toBeNull();
  });

  it('draws a tab when first selected (by click or arrow key), then keeps it and what was typed', async () => {
    const { mounts, user } = renderTabs();
    await user.type(screen.getByLabelText('one'), 'typed');
    await user.click(screen.getByRole('tab', { name: 'Tab three' }));
    expect(mounts).toEqual(['one', 'three']);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Tab two' })).toHaveAttribute('aria-selected', 'true');
    expect(mounts).toEqual(['one', 'three', 'two']);
    await user.click(screen.getByRole('tab', { name: 'Tab one' }));
    // Back on the first tab: the same field, never drawn again, with its text.
    expect(mounts).toEqual(['one', 'three', 'two']);
    expect(screen.getByLabelText('one')).toHaveValue('typed');
    expect(screen.getByLabelText('three', { selector: 'input' }).closest('[role="tabpanel"]')).not.toBeVisible();
  });
});
