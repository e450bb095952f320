/** Says plainly why the actions are not available and what to do about it. */
import { useId } from 'react';
import { t } from '@/lib/i18n';

export type TabState = 'no-resolver-tab' | 'signed-out' | 'not-admin';

const TEXT = {
  'no-resolver-tab': {
    title: 'ui.notice.noTab.title',
    steps: ['ui.notice.noTab.where', 'ui.notice.noTab.what', 'ui.notice.noTab.reload'],
  },
  'signed-out': { title: 'ui.notice.signedOut.title', steps: ['ui.notice.signedOut.what'] },
  'not-admin': { title: 'ui.notice.notAdmin.title', steps: ['ui.notice.notAdmin.what'] },
} as const;

export function TabStateNotice({ state }: { state: TabState }) {
  const id = useId();
  const { title, steps } = TEXT[state];
  return (
    <section className="mfa-notice" aria-labelledby={id}>
      <h2 id={id} className="mfa-notice__title">
        {t(title)}
      </h2>
      {steps.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
    </section>
  );
}
