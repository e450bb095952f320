/** Typing the org's name is the deliberate step that unlocks enforcing MFA. */
import { useId } from 'react';
import { t } from '@/lib/i18n';
import type { Org } from '@/lib/protocol';

export interface OrgNameCheckProps {
  org: Org | null;
  value: string;
  onChange: (text: string) => void;
}

export function OrgNameCheck({ org, value, onChange }: OrgNameCheckProps) {
  const id = useId();
  if (!org) return <p className="mfa-error">{t('ui.enforce.orgUnknown')}</p>;
  return (
    <div className="mfa-field">
      <label htmlFor={`${id}-org`}>{t('ui.enforce.typeOrg', { org: org.name })}</label>
      <input
        id={`${id}-org`}
        type="text"
        className="mfa-input"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="mfa-hint">
        {t('ui.enforce.typeOrgHint')}
      </p>
    </div>
  );
}
