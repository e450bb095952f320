/**
 * When no API description of the environment gives an action's body, the helper never guesses in
 * production. This is the way out, shown under the refusal: open the Swagger page (whose own
 * description the helper then reads), show the operation's Example Value there, paste that Example
 * Value, or, in a sandbox only, knowingly send the built-in guess.
 */
import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { PASTED_EXAMPLE_MAX } from '@/lib/protocol';
import type { BodyHelp as Help } from './use-action-flow';

export interface BodyHelpProps {
  /** `PUT /user/users/mfa/reset`. */
  operation: string;
  sandbox: boolean;
  /** On the Swagger page, the operation's Example Value box can be shown and read. */
  onSwaggerPage: boolean;
  /** Opens the Swagger page in the Resolver tab (the popup); absent where that is not possible. */
  openSwaggerPage?: () => void;
  disabled: boolean;
  onRetry: (help: Help) => void;
}

export function BodyHelp({ operation, sandbox, onSwaggerPage, openSwaggerPage, disabled, onRetry }: BodyHelpProps) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [guessAccepted, setGuessAccepted] = useState(false);

  return (
    <section className="mfa-notice" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="mfa-notice__title">
        {t('bodyHelp.title')}
      </h3>
      <p>{t(sandbox ? 'bodyHelp.sandbox' : 'bodyHelp.production')}</p>
      {openSwaggerPage && !onSwaggerPage && (
        <p>
          <button type="button" className="mfa-button" onClick={openSwaggerPage} disabled={disabled} aria-describedby={`${id}-open`}>
            {t('bodyHelp.openSwagger')}
          </button>{' '}
          <span id={`${id}-open`} className="mfa-hint">
            {t('bodyHelp.openSwaggerHint')}
          </span>
        </p>
      )}
      {onSwaggerPage && (
        <p>
          {t('bodyHelp.showExample', { operation })}{' '}
          <button type="button" className="mfa-button" onClick={() => onRetry({})} disabled={disabled}>
            {t('bodyHelp.tryAgain')}
          </button>
        </p>
      )}
      <div className="mfa-field">
        <label htmlFor={`${id}-pasted`}>{t('bodyHelp.pasteLabel', { operation })}</label>
        <textarea
          id={`${id}-pasted`}
          className="mfa-input mfa-input--code"
          rows={4}
          maxLength={PASTED_EXAMPLE_MAX}
          spellCheck={false}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          disabled={disabled}
          aria-describedby={`${id}-pasted-hint`}
        />
        <p id={`${id}-pasted-hint`} className="mfa-hint">
          {t('bodyHelp.pasteHint')}
        </p>
        <button
          type="button"
          className="mfa-button"
          disabled={disabled || pasted.trim() === ''}
          onClick={() => onRetry({ pastedExample: pasted })}
        >
          {t('bodyHelp.usePasted')}
        </button>
      </div>
      {sandbox && (
        <div className="mfa-field">
          <label className="mfa-check">
            <input type="checkbox" checked={guessAccepted} onChange={(event) => setGuessAccepted(event.target.checked)} disabled={disabled} />
            {t('bodyHelp.acceptGuess')}
          </label>
          <button
            type="button"
            className="mfa-button"
            disabled={disabled || !guessAccepted}
            onClick={() => onRetry({ acceptDefault: true })}
          >
            {t('bodyHelp.useGuess')}
          </button>
        </div>
      )}
    </section>
  );
}
