import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '@/lib/i18n';
import type { ActionInput } from '@/lib/protocol';
import { fail } from '@/lib/result';
import { EnforceMfaForm } from './EnforceMfaForm';
import { ResetMfaForm } from './ResetMfaForm';
import { configureChecklist, createTestBridge, formPropsFor, preparedRequest, SANDBOX, signedInStatus, type Handlers } from './test-bridge';

const OPERATION = 'PUT /user/users/mfa/reset';
const NO_DESCRIPTION = fail('no-description', { detail: t('description.none', { operation: OPERATION }) });

/** A tab whose environment has no API description: a plain request is refused, the admin's help is built on. */
const refusingWithoutHelp: Handlers['prepareAction'] = ({ action, input }) => {
  if (input.pastedExample !== undefined) return { ok: true, value: { ...preparedRequest(action, input, 'pasted'), body: { ids: [input.userId] } } };
  if (input.acceptDefault) return { ok: true, value: preparedRequest(action, input, 'default') };
  return NO_DESCRIPTION;
};

function setup(options: { status?: ReturnType<typeof signedInStatus>; openSwaggerPage?: () => void; overrides?: Partial<Handlers> } = {}) {
  const testBridge = createTestBridge({ prepareAction: refusingWithoutHelp, ...options.overrides });
  const user = userEvent.setup();
  const status = options.status ?? signedInStatus();
  const props = { ...formPropsFor(testBridge.bridge), status, openSwaggerPage: options.openSwaggerPage };
  render(<ResetMfaForm {...props} />);
  return { ...testBridge, user, field: screen.getByRole('textbox', { name: 'User' }) };
}

function help() {
  return screen.findByRole('region', { name: t('bodyHelp.title') });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await configureChecklist([]);
});

describe('when no API description gives the body', () => {
  it('in production: refuses, says why, and offers the Swagger page and pasting, never the guess', async () => {
    const openSwaggerPage = vi.fn();
    const { user, field } = setup({ openSwaggerPage });
    await user.type(field, 'alice@example.com{Enter}');
    const region = await help();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText(t('failure.no-description'))).toBeInTheDocument();
    expect(region).toHaveTextContent(t('bodyHelp.production'));
    expect(within(region).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: t('bodyHelp.useGuess') })).not.toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: t('bodyHelp.openSwagger') }));
    expect(openSwaggerPage).toHaveBeenCalledTimes(1);
  });

  it('builds on a pasted Example Value: labelled pasted, and the confirmed request carries it', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'alice@example.com{Enter}');
    const region = await help();
    const button = within(region).getByRole('button', { name: t('bodyHelp.usePasted') });
    expect(button).toBeDisabled();
    await user.type(within(region).getByRole('textbox', { name: t('bodyHelp.pasteLabel', { operation: OPERATION }) }), '{{"ids": [[0]}');
    await user.click(button);

    const dialog = await screen.findByRole('dialog', { name: 'Reset this user’s MFA?' });
    expect(within(dialog).getByText(t('ui.request.source.pasted'))).toBeInTheDocument();
    expect(callsTo('prepareAction').map((request) => request.input)).toEqual<ActionInput[]>([
      { userId: 2 },
      { userId: 2, pastedExample: '{"ids": [0]}' },
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm reset' }));
    await screen.findByText(/^MFA reset for Alice Example/);
    expect(callsTo('runAction')).toEqual([
      expect.objectContaining({
        input: { userId: 2, pastedExample: '{"ids": [0]}' },
        expected: { ...preparedRequest('resetUserMfa', { userId: 2 }, 'pasted'), body: { ids: [2] } },
      }),
    ]);
  });

  it('in a sandbox: the guess only after the acknowledgement, said first in the confirmation', async () => {
    const { user, field, callsTo } = setup({ status: signedInStatus(SANDBOX) });
    await user.type(field, 'alice@example.com{Enter}');
    const region = await help();
    expect(region).toHaveTextContent(t('bodyHelp.sandbox'));
    const useGuess = within(region).getByRole('button', { name: t('bodyHelp.useGuess') });
    expect(useGuess).toBeDisabled();
    await user.click(within(region).getByRole('checkbox', { name: t('bodyHelp.acceptGuess') }));
    await user.click(useGuess);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.firstElementChild).toHaveTextContent(t('ui.confirm.guess'));
    expect(callsTo('prepareAction').at(-1)?.input).toEqual({ userId: 2, acceptDefault: true });
  });

  it('on the Swagger page: offers to read the Example Value box once shown, and no page to open', async () => {
    const { user, field, callsTo } = setup({ status: signedInStatus({ swagger: '3+' }), openSwaggerPage: vi.fn() });
    await user.type(field, 'alice@example.com{Enter}');
    const region = await help();
    expect(within(region).queryByRole('button', { name: t('bodyHelp.openSwagger') })).not.toBeInTheDocument();
    expect(region).toHaveTextContent(t('bodyHelp.showExample', { operation: OPERATION }));
    await user.click(within(region).getByRole('button', { name: t('bodyHelp.tryAgain') }));
    expect(callsTo('prepareAction').map((request) => request.input)).toEqual([{ userId: 2 }, { userId: 2 }]);
  });

  it('carries no help over to the next review once the user changes', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'alice@example.com{Enter}');
    const region = await help();
    await user.type(within(region).getByRole('textbox'), '[[0]');
    await user.click(within(region).getByRole('button', { name: t('bodyHelp.usePasted') }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: t('ui.confirm.cancel') }));
    await user.clear(field);
    await user.type(field, 'bob@example.com{Enter}');
    await help();
    expect(callsTo('prepareAction').at(-1)?.input).toEqual({ userId: 3 });
  });

  it('after a 400 to a pasted body: says which body was sent and how to fix it', async () => {
    const { user, field } = setup({
      overrides: { runAction: () => fail('rejected', { status: 400, detail: 'invalid.request.payload' }) },
    });
    await user.type(field, 'alice@example.com{Enter}');
    const region = await help();
    await user.type(within(region).getByRole('textbox'), '[[0]');
    await user.click(within(region).getByRole('button', { name: t('bodyHelp.usePasted') }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm reset' }));
    expect(await screen.findByText(t('ui.rejected.pasted'))).toBeInTheDocument();
  });

  it('does not add that hint to a 400 of a body taken from the description', async () => {
    const testBridge = createTestBridge({ runAction: () => fail('rejected', { status: 400 }) });
    const user = userEvent.setup();
    render(<EnforceMfaForm {...formPropsFor(testBridge.bridge)} />);
    await user.click(screen.getByRole('button', { name: 'Enforce MFA…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), 'Acme Corp');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm: enforce MFA' }));
    await screen.findByText(t('failure.rejected'));
    expect(screen.queryByText(t('ui.rejected.default'))).not.toBeInTheDocument();
    expect(screen.queryByText(t('ui.rejected.pasted'))).not.toBeInTheDocument();
  });
});
