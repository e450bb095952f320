/**
 * The user field of the per-user actions: takes an id, an email or a name, shows who it found,
 * and lets the admin pick when several users match.
 */
import { useId, type Ref } from 'react';
import { t } from '@/lib/i18n';
import { describeUser } from './describe';
import type { ActionFlow } from './use-action-flow';

export interface UserPickerProps {
  flow: Pick<ActionFlow, 'userText' | 'setUserText' | 'lookup' | 'chooseUser'>;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

function problemOf(lookup: UserPickerProps['flow']['lookup']): string | null {
  if (lookup.state === 'invalid') return lookup.message;
  if (lookup.state === 'done' && lookup.candidates.length === 0) return t('ui.user.noMatch', { query: lookup.query });
  return null;
}

export function UserPicker({ flow, inputRef, autoFocus }: UserPickerProps) {
  const id = useId();
  const { lookup } = flow;
  const problem = problemOf(lookup);
  const several = lookup.state === 'done' && lookup.candidates.length > 1 ? lookup : null;
  const selected = lookup.state === 'done' ? lookup.selected : null;
  const describedBy = [`${id}-hint`, problem ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className="mfa-field">
      <label htmlFor={`${id}-input`}>{t('ui.user.label')}</label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="text"
        className="mfa-input"
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        value={flow.userText}
        onChange={(event) => flow.setUserText(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
      />
      <p id={`${id}-hint`} className="mfa-hint">
        {t('ui.user.hint')}
      </p>
      <div aria-live="polite">
        {problem && (
          <p id={`${id}-error`} className="mfa-error">
            {problem}
          </p>
        )}
        {lookup.state === 'searching' && (
          <p className="mfa-hint">{t('ui.user.searching', { query: lookup.query })}</p>
        )}
        {several && (
          <fieldset
            className="mfa-choices"
            aria-invalid={several.choiceMissing ? true : undefined}
            aria-describedby={several.choiceMissing ? `${id}-choice-error` : undefined}
          >
            <legend>{t('ui.user.several', { count: several.candidates.length, query: several.query })}</legend>
            {several.candidates.map((user) => (
              <label key={user.id} className="mfa-choice">
                <input
                  type="radio"
                  name={`${id}-candidate`}
                  checked={selected?.id === user.id}
                  onChange={() => flow.chooseUser(user.id)}
                />
                {describeUser(user)}
              </label>
            ))}
            {several.choiceMissing && (
              <p id={`${id}-choice-error`} className="mfa-error">
                {t('ui.user.chooseOne')}
              </p>
            )}
          </fieldset>
        )}
        {selected && !several && (
          <p className="mfa-selected">{t('ui.user.selected', { user: describeUser(selected) })}</p>
        )}
      </div>
    </div>
  );
}
