/** The history's filters: action, outcome, environment, free text and a date range. */
import { useId, type ChangeEvent, type FormEvent } from 'react';
import { NO_FILTER, type AuditFilter } from '@/lib/audit/audit-filter';
import { t } from '@/lib/i18n';
import { ACTION_NAMES } from '@/lib/resolver/knowledge';
import { actionName } from './audit-labels';

export interface AuditFiltersProps {
  filter: AuditFilter;
  onChange: (filter: AuditFilter) => void;
}

export function AuditFilters({ filter, onChange }: AuditFiltersProps) {
  const id = useId();
  const set =
    <K extends keyof AuditFilter>(key: K) =>
    (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      // Every select offers only the values of its field's type, so the value read back is one of them.
      onChange({ ...filter, [key]: event.target.value as AuditFilter[K] });
  const keepPage = (event: FormEvent) => event.preventDefault();

  return (
    <form role="search" aria-label={t('audit.filters')} className="mfa-history__filters" onSubmit={keepPage}>
      <div className="mfa-field">
        <label htmlFor={`${id}-action`}>{t('audit.filter.action')}</label>
        <select id={`${id}-action`} className="mfa-input" value={filter.action} onChange={set('action')}>
          <option value="all">{t('audit.filter.all')}</option>
          {ACTION_NAMES.map((action) => (
            <option key={action} value={action}>
              {actionName(action)}
            </option>
          ))}
        </select>
      </div>
      <div className="mfa-field">
        <label htmlFor={`${id}-outcome`}>{t('audit.filter.outcome')}</label>
        <select id={`${id}-outcome`} className="mfa-input" value={filter.outcome} onChange={set('outcome')}>
          <option value="all">{t('audit.filter.all')}</option>
          <option value="ok">{t('audit.filter.ok')}</option>
          <option value="failed">{t('audit.filter.failed')}</option>
        </select>
      </div>
      <div className="mfa-field">
        <label htmlFor={`${id}-environment`}>{t('audit.filter.environment')}</label>
        <select id={`${id}-environment`} className="mfa-input" value={filter.environment} onChange={set('environment')}>
          <option value="all">{t('audit.filter.all')}</option>
          <option value="production">{t('ui.environment.production')}</option>
          <option value="sandbox">{t('ui.environment.sandbox')}</option>
        </select>
      </div>
      <div className="mfa-field mfa-history__search">
        <label htmlFor={`${id}-text`}>{t('audit.filter.text')}</label>
        <input
          id={`${id}-text`}
          type="search"
          className="mfa-input"
          value={filter.text}
          onChange={set('text')}
          aria-describedby={`${id}-text-hint`}
        />
        <span id={`${id}-text-hint`} className="mfa-hint">
          {t('audit.filter.textHint')}
        </span>
      </div>
      <div className="mfa-field">
        <label htmlFor={`${id}-from`}>{t('audit.filter.from')}</label>
        <input id={`${id}-from`} type="date" className="mfa-input" value={filter.from} max={filter.to || undefined} onChange={set('from')} />
      </div>
      <div className="mfa-field">
        <label htmlFor={`${id}-to`}>{t('audit.filter.to')}</label>
        <input id={`${id}-to`} type="date" className="mfa-input" value={filter.to} min={filter.from || undefined} onChange={set('to')} />
      </div>
      <div className="mfa-history__filter-reset">
        <button type="button" className="mfa-button" onClick={() => onChange(NO_FILTER)}>
          {t('audit.filter.reset')}
        </button>
      </div>
    </form>
  );
}
