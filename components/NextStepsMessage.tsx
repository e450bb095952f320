/**
 * After a reset: the message the support desk sends the user, with their next steps, and a
 * button to copy it. The text stays selectable, so a refused clipboard (an http page, a browser
 * policy) never leaves the admin without it.
 */
import { useId, useState } from 'react';
import { t } from '@/lib/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

export function NextStepsMessage({ name, origin }: { name: string; origin: string }) {
  const id = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const message = t('nextSteps.message', { name, origin });

  async function copyMessage() {
    try {
      await navigator.clipboard.writeText(message);
      setCopy('copied');
    } catch {
      // No clipboard in this context (navigator.clipboard is missing on http pages) or refused.
      setCopy('failed');
    }
  }

  return (
    <section className="mfa-field" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="mfa-confirm__title">
        {t('nextSteps.title')}
      </h3>
      <textarea className="mfa-message" readOnly value={message} aria-labelledby={`${id}-title`} />
      <div className="mfa-actions mfa-actions--form">
        <button type="button" className="mfa-button" onClick={() => void copyMessage()}>
          {t('nextSteps.copy')}
        </button>
      </div>
      <p aria-live="polite" className={copy === 'failed' ? 'mfa-error' : 'mfa-hint'}>
        {copy === 'copied' && t('nextSteps.copied')}
        {copy === 'failed' && t('nextSteps.copyFailed')}
      </p>
    </section>
  );
}
