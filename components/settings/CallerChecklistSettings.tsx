/**
 * The options page's settings: the caller checklist of the lost-phone flow, one check per line.
 * Its messages are a live region without role=status: the history above owns the page's status.
 * A checklist the organisation's policy sets is shown read-only, as theirs: it wins over this one.
 */
import { useEffect, useId, useState } from 'react';
import * as z from 'zod/mini';
import { t } from '@/lib/i18n';
import { CHECKLIST_ITEM_MAX, CHECKLIST_ITEMS_MAX, checklistFromText, SettingsSchema } from '@/lib/settings/settings-schema';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { usePolicy, type PolicySource } from '../use-policy';

type SaveState = 'idle' | 'saved' | 'invalid' | 'failed';

/** The organisation's checklist, read-only. */
function ManagedChecklist({ items, labelId }: { items: readonly string[]; labelId: string }) {
  return (
    <div className="mfa-field">
      <p id={labelId}>{t('settings.checklist.label')}</p>
      <p className="mfa-hint">{items.length > 0 ? t('settings.checklist.managed') : t('settings.checklist.managedNone')}</p>
      {items.length > 0 && (
        <ul aria-labelledby={labelId}>
          {items.map((item, index) => (
            <li key={`${index}-${item}`}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CallerChecklistSettings({ store, policy: source }: { store: SettingsStore; policy?: PolicySource }) {
  const id = useId();
  const policy = usePolicy(source);
  const managed = policy?.values.callerChecklist;
  const [text, setText] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const limits = { count: CHECKLIST_ITEMS_MAX, max: CHECKLIST_ITEM_MAX };

  useEffect(() => {
    let live = true;
    void store.load().then((settings) => live && setText(settings.callerChecklist.join('\n')));
    return () => {
      live = false;
    };
  }, [store]);

  async function save() {
    // Only the checklist: the other settings (the remembered tab) stay as they are.
    const parsed = z.pick(SettingsSchema, { callerChecklist: true }).safeParse({ callerChecklist: checklistFromText(text ?? '') });
    if (!parsed.success) {
      setSaveState('invalid');
      return;
    }
    try {
      await store.save(parsed.data);
      setText(parsed.data.callerChecklist.join('\n'));
      setSaveState('saved');
    } catch {
      setSaveState('failed');
    }
  }

  return (
    <section className="mfa-helper mfa-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mfa-title">
        {t('settings.title')}
      </h2>
      {text === null || policy === null ? (
        <p aria-live="polite">{t('settings.loading')}</p>
      ) : managed !== undefined ? (
        <ManagedChecklist items={managed} labelId={`${id}-checklist`} />
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="mfa-field">
            <label htmlFor={`${id}-checklist`}>{t('settings.checklist.label')}</label>
            <textarea
              id={`${id}-checklist`}
              className="mfa-input"
              rows={5}
              value={text}
              placeholder={t('settings.checklist.placeholder')}
              onChange={(event) => {
                setText(event.target.value);
                setSaveState('idle');
              }}
              aria-describedby={`${id}-hint`}
              aria-invalid={saveState === 'invalid' ? true : undefined}
            />
            <p id={`${id}-hint`} className="mfa-hint">
              {t('settings.checklist.hint', limits)}
            </p>
          </div>
          <button type="submit" className="mfa-button mfa-button--primary">
            {t('settings.save')}
          </button>
          <p aria-live="polite" className={saveState === 'saved' || saveState === 'idle' ? 'mfa-hint' : 'mfa-error'}>
            {saveState === 'saved' && t('settings.saved')}
            {saveState === 'invalid' && t('settings.invalid', limits)}
            {saveState === 'failed' && t('settings.saveFailed')}
          </p>
        </form>
      )}
    </section>
  );
}
