/**
 * "Clear history", asked twice: the first button only opens a confirmation whose default focus is
 * Cancel, so a stray Enter does not delete the record of every action.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';

export interface ClearHistoryProps {
  total: number;
  onClear: () => Promise<void>;
}

export function ClearHistory({ total, onClear }: ClearHistoryProps) {
  const [asking, setAsking] = useState(false);
  const [clearing, setClearing] = useState(false);
  const id = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  // Focus moves once the buttons exist and are enabled: into the confirmation when it opens, back
  // to "Clear history…" when it is cancelled (after a clear that button is disabled; the page
  // moves focus to its status line instead).
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (wasAsking.current) openButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  function cancel() {
    setAsking(false);
  }

  async function confirm() {
    setClearing(true);
    try {
      await onClear();
    } finally {
      setClearing(false);
      setAsking(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || clearing) return;
    event.preventDefault();
    cancel();
  }

  return (
    <div className="mfa-history__clear">
      <button
        ref={openButton}
        type="button"
        className="mfa-button"
        disabled={total === 0 || asking}
        onClick={() => setAsking(true)}
      >
        {t('audit.clear')}
      </button>
      {asking && (
        <section
          role="alertdialog"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-what`}
          aria-busy={clearing}
          className="mfa-confirm"
          onKeyDown={onKeyDown}
        >
          <h2 id={`${id}-title`} className="mfa-confirm__title">
            {t('audit.clear.title')}
          </h2>
          <p id={`${id}-what`}>{t('audit.clear.what', { total })}</p>
          <div className="mfa-actions">
            <button ref={cancelButton} type="button" className="mfa-button" disabled={clearing} onClick={cancel}>
              {t('audit.clear.cancel')}
            </button>
            <button type="button" className="mfa-button mfa-button--danger" disabled={clearing} onClick={() => void confirm()}>
              {t('audit.clear.confirm')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
