import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportText } from '@/lib/environment-check/report-text';
import { sampleReport } from '@/lib/environment-check/test-report';
import { t } from '@/lib/i18n';
import { createTestBridge } from '../test-bridge';
import { EnvironmentCheck } from './EnvironmentCheck';

afterEach(() => {
  vi.unstubAllGlobals();
});

function setup(overrides: Parameters<typeof createTestBridge>[0] = {}) {
  const testBridge = createTestBridge(overrides);
  const user = userEvent.setup();
  render(<EnvironmentCheck bridge={testBridge.bridge} />);
  return { ...testBridge, user, button: screen.getByRole('button', { name: t('report.check') }) };
}

describe('Check this environment', () => {
  it('asks the tab nothing until pressed, then shows the report as text', async () => {
    const { user, button, callsTo } = setup();
    expect(callsTo('checkEnvironment')).toHaveLength(0);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const region = await screen.findByRole('region', { name: t('report.heading') });
    expect(within(region).getByLabelText(t('report.text')).textContent).toBe(reportText(sampleReport()));
    expect(callsTo('checkEnvironment')).toHaveLength(1);
    expect(screen.getByRole('button', { name: t('report.close') })).toHaveAttribute('aria-expanded', 'true');
  });

  it('copies the report as text and as JSON, and says so', async () => {
    const { user, button } = setup();
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: t('report.copyText') }));
    expect(writeText).toHaveBeenLastCalledWith(reportText(sampleReport()));
    await user.click(screen.getByRole('button', { name: t('report.copyJson') }));
    expect(JSON.parse(writeText.mock.calls.at(-1)?.[0] ?? '')).toEqual(sampleReport());
    expect(screen.getByText(t('report.copied'))).toBeInTheDocument();
  });

  it('says plainly when copying is refused', async () => {
    const { user, button } = setup();
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    // jsdom has no copy command either (as some documents): nothing can copy here.
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: t('report.copyText') }));
    expect(await screen.findByText(t('report.copyFailed'))).toBeInTheDocument();
  });

  it('explains a tab that could not answer', async () => {
    const { user, button } = setup({ checkEnvironment: () => ({ ok: false, kind: 'no-resolver-tab' }) });
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(t('failure.no-resolver-tab'));
  });
});
