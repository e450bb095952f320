/**
 * The options page's "Resolver environments": check any open Resolver tab the way the popup does
 * (reading only), and see or forget the API descriptions remembered per environment.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { EnvironmentCheckBridge } from '@/lib/environment-check/report-schema';
import { descriptionWhere } from '@/lib/request-source-words';
import { t } from '@/lib/i18n';
import { formatTimestamp } from '@/lib/i18n/format';
import type { RememberedDescriptionStore, RememberedOperations } from '@/lib/page/description/remembered-descriptions';
import { EnvironmentCheck } from './EnvironmentCheck';

export interface ResolverTab {
  id: number;
  url: string;
  title: string;
}

export interface EnvironmentsSectionProps {
  /** The open tabs on Resolver hosts. */
  listTabs: () => Promise<ResolverTab[]>;
  bridgeFor: (tabId: number) => EnvironmentCheckBridge;
  remembered: RememberedDescriptionStore;
}

export function EnvironmentsSection({ listTabs, bridgeFor, remembered }: EnvironmentsSectionProps) {
  const id = useId();
  const [tabs, setTabs] = useState<ResolverTab[] | null>(null);
  const [known, setKnown] = useState<Record<string, RememberedOperations>>({});

  const refresh = useCallback(() => {
    void listTabs().then(setTabs, () => setTabs([]));
  }, [listTabs]);

  useEffect(refresh, [refresh]);
  useEffect(() => {
    void remembered.list().then(setKnown);
    return remembered.watch(setKnown);
  }, [remembered]);

  return (
    <section className="mfa-helper mfa-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mfa-title">
        {t('environments.title')}
      </h2>
      <p className="mfa-intro">{t('environments.intro')}</p>
      {tabs !== null && tabs.length === 0 && <p>{t('environments.noTabs')}</p>}
      <ul className="mfa-environments">
        {(tabs ?? []).map((tab) => (
          <li key={tab.id}>
            <span className="mfa-host">{new URL(tab.url).host}</span> <span className="mfa-hint">{tab.title}</span>
            <EnvironmentCheck bridge={bridgeFor(tab.id)} label={t('environments.check', { host: new URL(tab.url).host })} />
          </li>
        ))}
      </ul>
      <button type="button" className="mfa-button" onClick={refresh}>
        {t('environments.refresh')}
      </button>

      <h3 className="mfa-notice__title">{t('environments.remembered.title')}</h3>
      <p className="mfa-hint">{t('environments.remembered.intro')}</p>
      {Object.keys(known).length === 0 ? (
        <p>{t('environments.remembered.none')}</p>
      ) : (
        <table className="mfa-history__table">
          <thead>
            <tr>
              <th scope="col">{t('environments.remembered.origin')}</th>
              <th scope="col">{t('environments.remembered.operation')}</th>
              <th scope="col">{t('environments.remembered.from')}</th>
              <th scope="col">{t('environments.remembered.checked')}</th>
              <th scope="col">
                <span className="mfa-visually-hidden">{t('environments.remembered.forgetColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(known).flatMap(([origin, operations]) =>
              Object.entries(operations).map(([action, operation], index) => (
                <tr key={`${origin} ${action}`}>
                  <td>{origin}</td>
                  <td>
                    PUT {operation.pathTemplate}
                  </td>
                  <td>{descriptionWhere({ found: operation.document.source, url: operation.document.url })}</td>
                  <td>{formatTimestamp(operation.checkedAt)}</td>
                  <td>
                    {index === 0 && (
                      <button type="button" className="mfa-button" onClick={() => void remembered.forget(origin)}>
                        {t('environments.remembered.forget', { origin })}
                      </button>
                    )}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
