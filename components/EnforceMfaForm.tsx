/**
 * Enforce MFA on the org. The widest of the three actions: it applies to every org of the
 * environment, so it needs the org's name typed and, outside production, an explicit
 * acknowledgement.
 */
import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { ActionForm, type ActionFormBaseProps } from './ActionForm';
import { describeOrg, describeTarget, environmentWord } from './describe';
import { OrgNameCheck } from './OrgNameCheck';
import { useActionFlow, type SignedInStatus } from './use-action-flow';

export function EnforceMfaForm(props: ActionFormBaseProps & { status: SignedInStatus }) {
  const { bridge, refreshStatus, requireTrustedClicks, status } = props;
  const flow = useActionFlow({ bridge, refreshStatus, action: 'enforceOrgMfa' });
  const id = useId();
  const [acknowledged, setAcknowledged] = useState(false);
  const [typedOrg, setTypedOrg] = useState('');
  const sandbox = status.environment === 'sandbox';
  const blocked = sandbox && !acknowledged;

  return (
    <ActionForm
      flow={flow}
      status={status}
      openSwaggerPage={props.openSwaggerPage}
      label={t('ui.enforce.formLabel')}
      onSubmit={() => {
        if (blocked) return;
        // The name is typed again for every confirmation, never carried over.
        setTypedOrg('');
        void flow.review({}, null);
      }}
      submitLabel={t('ui.enforce.submit')}
      submitDisabled={blocked}
      submitDescribedBy={sandbox ? `${id}-sandbox` : undefined}
      requireTrustedClicks={requireTrustedClicks}
      confirmation={(pending) => {
        const { org } = pending.status.session;
        return {
          title: t('ui.enforce.confirmTitle'),
          summary: t('ui.enforce.confirmSummary', describeTarget(pending)),
          confirmLabel: t('ui.enforce.confirm'),
          confirmDisabled: org === null || typedOrg !== org.name,
          extra: <OrgNameCheck org={org} value={typedOrg} onChange={setTypedOrg} />,
        };
      }}
      describeSuccess={(done) => t('ui.enforce.success', describeTarget(done))}
    >
      <p className="mfa-warning">
        {t('ui.enforce.scope', {
          environment: environmentWord(status.environment),
          org: describeOrg(status.session.org),
        })}
      </p>
      <p className="mfa-intro">{t('ui.enforce.effect')}</p>
      {sandbox && (
        <>
          <p id={`${id}-sandbox`} className="mfa-warning mfa-warning--strong">
            {t('ui.enforce.sandboxWarning')}
          </p>
          <label className="mfa-choice">
            <input
              type="checkbox"
              checked={acknowledged}
              onChange={(event) => setAcknowledged(event.target.checked)}
              aria-describedby={`${id}-sandbox`}
            />
            {t('ui.enforce.sandboxAck')}
          </label>
        </>
      )}
    </ActionForm>
  );
}
