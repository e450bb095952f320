import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { StatusHeader } from './StatusHeader';
import { signedInStatus } from './test-bridge';

describe('StatusHeader', () => {
  it('says nothing about saving while every write of the tab is saved', () => {
    render(<StatusHeader status={{ ok: true, value: signedInStatus() }} showTitle={false} />);
    expect(screen.queryByText(t('storage.unsavedWrites.one'))).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it.each([
    [1, t('storage.unsavedWrites.one')],
    [3, t('storage.unsavedWrites.many', { count: 3 })],
  ])('says when %i changes of the tab are not yet saved to the history', (unsavedWrites, text) => {
    render(<StatusHeader status={{ ok: true, value: signedInStatus({ unsavedWrites }) }} showTitle={false} />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });
});
