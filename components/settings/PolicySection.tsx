/**
 * The options page's "Set by your organisation": every value the organisation's policy (managed
 * storage) sets and that holds, and each value it set badly, with why and what applies instead.
 * Shown only when the organisation sets something.
 */
import { useId } from 'react';
import { t } from '@/lib/i18n';
import type { ManagedPolicy, Policy, PolicyProblem } from '@/lib/policy/policy-schema';
import { ENVIRONMENTS_MAX, RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from '@/lib/policy/policy-schema';
import { CHECKLIST_ITEM_MAX, CHECKLIST_ITEMS_MAX } from '@/lib/settings/settings-schema';
import { usePolicy, type PolicySource } from '../use-policy';

/** One sentence per managed value. */
function valueLines(values: Partial<Policy>): string[] {
  const onOff = (key: 'requireReason' | 'allowBulkRuns' | 'allowEnforce', value: boolean | undefined) =>
    value === undefined ? [] : [t(`policy.value.${key}.${value ? 'on' : 'off'}`)];
  return [
    ...(values.allowedEnvironments ? [t('policy.value.allowedEnvironments', { value: values.allowedEnvironments.join(', ') })] : []),
    ...(values.callerChecklist ? [t('policy.value.callerChecklist', { count: values.callerChecklist.length })] : []),
    ...onOff('requireReason', values.requireReason),
    ...onOff('allowBulkRuns', values.allowBulkRuns),
    ...onOff('allowEnforce', values.allowEnforce),
    ...(values.auditRetentionDays === undefined ? [] : [t('policy.value.auditRetentionDays', { days: values.auditRetentionDays })]),
  ];
}

export function problemText(problem: PolicyProblem): string {
  return t(`policy.problem.${problem.code}`, {
    key: problem.key,
    value: problem.value ?? '',
    min: RETENTION_DAYS_MIN,
    max: problem.code === 'checklist' ? CHECKLIST_ITEM_MAX : problem.code === 'days' ? RETENTION_DAYS_MAX : ENVIRONMENTS_MAX,
    count: CHECKLIST_ITEMS_MAX,
  });
}

export function PolicyView({ policy }: { policy: ManagedPolicy }) {
  const id = useId();
  const lines = valueLines(policy.values);
  if (lines.length === 0 && policy.problems.length === 0) return null;
  return (
    <section className="mfa-helper mfa-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mfa-title">
        {t('policy.title')}
      </h2>
      <p className="mfa-hint">{t('policy.intro')}</p>
      {lines.length > 0 && (
        <ul aria-label={t('policy.title')}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {policy.problems.length > 0 && (
        <>
          <h3 id={`${id}-problems`}>{t('policy.problems.title')}</h3>
          <ul aria-labelledby={`${id}-problems`}>
            {policy.problems.map((problem) => (
              <li key={`${problem.key}-${problem.code}`} className="mfa-error">
                {problemText(problem)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function PolicySection({ source }: { source?: PolicySource }) {
  const policy = usePolicy(source);
  return policy && <PolicyView policy={policy} />;
}
