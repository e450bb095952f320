/**
 * "Check this environment": what the helper finds in the Resolver tab, shown as the report an admin
 * can copy into a support ticket, as text or as JSON. Running it sends GETs only.
 */
import { useId, useRef, useState } from 'react';
import { reportText } from '@/lib/environment-check/report-text';
import type { EnvironmentCheckBridge, EnvironmentReport } from '@/lib/environment-check/report-schema';
import { t } from '@/lib/i18n';
import type { Failure } from '@/lib/protocol';
import { copyText } from './copy-text';
import { FailureMessage } from '../FailureMessage';

type State = { kind: 'closed' } | { kind: 'checking' } | { kind: 'done'; report: EnvironmentReport } | { kind: 'failed'; failure: Failure };

export interface EnvironmentCheckProps {
  bridge: EnvironmentCheckBridge;
  /** The button's text (default: "Check this environment"). */
  label?: string;
}

export function EnvironmentCheck({ bridge, label = t('report.check') }: EnvironmentCheckProps) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [copied, setCopied] = useState<string>('');
  const sectionRef = useRef<HTMLElement>(null);

  async function check() {
    setCopied('');
    setState({ kind: 'checking' });
    const result = await bridge.checkEnvironment();
    setState(result.ok ? { kind: 'done', report: result.value } : { kind: 'failed', failure: result });
  }

  async function copy(text: string) {
    setCopied((await copyText(text, sectionRef.current)) ? t('report.copied') : t('report.copyFailed'));
  }

  const open = state.kind !== 'closed';
  return (
    <section ref={sectionRef} className="mfa-check-environment" aria-labelledby={open ? `${id}-heading` : undefined}>
      <button
        type="button"
        className="mfa-button mfa-button--quiet"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => void (open ? setState({ kind: 'closed' }) : check())}
      >
        {open ? t('report.close') : label}
      </button>
      <div id={`${id}-body`} hidden={!open}>
        {open && (
          <>
            <h2 id={`${id}-heading`} className="mfa-notice__title">
              {t('report.heading')}
            </h2>
            <p className="mfa-hint">{t('report.intro')}</p>
            {state.kind === 'checking' && <p role="status">{t('report.checking')}</p>}
            {state.kind === 'failed' && (
              <div role="alert">
                <FailureMessage failure={state.failure} />
              </div>
            )}
            {state.kind === 'done' && (
              <>
                <pre className="mfa-report" tabIndex={0} aria-label={t('report.text')}>
                  {reportText(state.report)}
                </pre>
                <div className="mfa-actions">
                  <button type="button" className="mfa-button" onClick={() => void copy(reportText(state.report))}>
                    {t('report.copyText')}
                  </button>
                  <button type="button" className="mfa-button" onClick={() => void copy(JSON.stringify(state.report, null, 2))}>
                    {t('report.copyJson')}
                  </button>
                </div>
              </>
            )}
            <p role="status" aria-live="polite" className="mfa-hint">
              {copied}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
