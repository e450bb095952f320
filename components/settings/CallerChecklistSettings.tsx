/**
 * The options page's settings: the caller checklist of the lost-phone flow, one check per line.
 * Its messages are a live region without role=status: the history above owns the page's status.
 */
import { useEffect, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { CHECKLIST_ITEM_MAX, CHECKLIST_ITEMS_MAX, checklistFromText, SettingsSchema } from '@/lib/settings/settings-schema';
import type { SettingsStore } from '@/lib/settings/settings-store';

type SaveState = 'idle' | 'saved' | 'invalid' | 'failed';

export function CallerChecklistSettings({ store }: { store: SettingsStore }) {
  const id = useId();
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
    const parsed = SettingsSchema.pick({ callerChecklist: true }).safeParse({ callerChecklist: checklistFromText(text ?? '') });
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
      {text === null ? (
        <p aria-live="polite">{t('settings.loading')}</p>
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
