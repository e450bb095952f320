/**
 * The first step of a bulk run: the action, the list (pasted, or a CSV file's text loaded into
 * the same field so the admin sees what will be looked up) and an optional reason. Submitting
 * only looks the users up: nothing is sent before the dry run is reviewed and confirmed.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { BULK_ROW_LIMIT, BULK_TEXT_MAX } from '@/lib/bulk/bulk-schema';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/i18n/format';
import { ReasonField } from '../ReasonField';
import type { OperationChoice } from './bulk-words';

/** What the admin has entered so far; kept by the tab, so a failed lookup loses nothing. */
export interface BulkDraft {
  choice: OperationChoice;
  text: string;
  reason: string;
  /** The CSV file last loaded into the list, named back to the admin. */
  fileName: string | null;
}

export const EMPTY_DRAFT: BulkDraft = { choice: 'reset', text: '', reason: '', fileName: null };

const CHOICES: readonly OperationChoice[] = ['reset', 'optOut', 'optIn'];

export interface BulkInputProps {
  draft: BulkDraft;
  onChange: (draft: BulkDraft) => void;
  onSubmit: () => void;
  /** While the lookup runs. */
  disabled: boolean;
  autoFocus?: boolean;
  /** The organisation requires a reason for this operation. */
  reasonRequired?: boolean;
}

function lineCount(text: string): number {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '').length;
}

export function BulkInput({ draft, onChange, onSubmit, disabled, autoFocus, reasonRequired = false }: BulkInputProps) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const lines = lineCount(draft.text);

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so loading the same file again (after editing it) fires a change again.
    input.value = '';
    try {
      const text = await file.text();
      setFileProblem(null);
      setProblem(null);
      onChange({ ...draft, text, fileName: file.name });
    } catch {
      setFileProblem(t('bulkUi.form.unreadable', { name: file.name }));
    }
  }

  function submit() {
    if (draft.text.trim() === '') {
      setProblem(t('bulkUi.form.empty'));
      return;
    }
    // The tab validates the same bound; checked here first so an oversized paste is explained at once.
    if (draft.text.length > BULK_TEXT_MAX) {
      setProblem(t('bulkUi.form.tooLong', { max: formatNumber(BULK_TEXT_MAX) }));
      return;
    }
    setProblem(null);
    onSubmit();
  }

  const listDescribedBy = [`${id}-list-hint`, problem ? `${id}-problem` : null].filter(Boolean).join(' ');

  return (
    <form
      aria-label={t('bulkUi.form.label')}
      aria-busy={disabled}
      className="mfa-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <fieldset className="mfa-fieldset" disabled={disabled}>
        <p className="mfa-intro">{t('bulkUi.form.intro')}</p>
        <fieldset className="mfa-choices">
          <legend>{t('bulkUi.form.operation')}</legend>
          {CHOICES.map((choice) => (
            <label key={choice} className="mfa-choice">
              <input
                type="radio"
                name={`${id}-operation`}
                checked={draft.choice === choice}
                onChange={() => onChange({ ...draft, choice })}
              />
              {t(`bulkUi.operation.${choice}`)}
            </label>
          ))}
        </fieldset>
        <div className="mfa-field">
          <label htmlFor={`${id}-list`}>{t('bulkUi.form.list')}</label>
          <textarea
            id={`${id}-list`}
            className="mfa-input mfa-bulk-list"
            rows={6}
            spellCheck={false}
            autoFocus={autoFocus}
            value={draft.text}
            onChange={(event) => {
              setProblem(null);
              onChange({ ...draft, text: event.target.value, fileName: null });
            }}
            aria-invalid={problem ? true : undefined}
            aria-describedby={listDescribedBy}
          />
          <p id={`${id}-list-hint`} className="mfa-hint">
            {t('bulkUi.form.listHint', { max: formatNumber(BULK_ROW_LIMIT) })}{' '}
            {lines > 0 && t('bulkUi.form.lines', { count: formatNumber(lines) })}
          </p>
          <div aria-live="polite">
            {problem && (
              <p id={`${id}-problem`} className="mfa-error">
                {problem}
              </p>
            )}
            {draft.fileName && <p className="mfa-hint">{t('bulkUi.form.loaded', { name: draft.fileName })}</p>}
            {fileProblem && <p className="mfa-error">{fileProblem}</p>}
          </div>
        </div>
        <div className="mfa-field">
          {/* The native file input stays the control (keyboard and screen readers reach it); the
              label shows as a button. */}
          <label className="mfa-button mfa-bulk-file">
            <input type="file" accept=".csv,.txt,text/csv,text/plain" className="mfa-bulk-file__input" onChange={(event) => void loadFile(event)} />
            {t('bulkUi.form.loadCsv')}
          </label>
        </div>
        <ReasonField value={draft.reason} onChange={(reason) => onChange({ ...draft, reason })} required={reasonRequired} />
        <button type="submit" className="mfa-button mfa-button--primary" aria-describedby={`${id}-submit-hint`}>
          {t('bulkUi.form.submit')}
        </button>
        <p id={`${id}-submit-hint`} className="mfa-hint">
          {t('bulkUi.form.submitHint')}
        </p>
      </fieldset>
    </form>
  );
}
