/**
 * The environment report as plain text, one fact per line, for the admin to read and to paste into
 * a support ticket (docs/troubleshooting.md explains every line). Built from the report alone, so
 * it can hold nothing the report does not.
 */
import { t } from '../i18n';
import { sourceWords } from '../request-source-words';
import type { EnvironmentReport, Lookup, ReportedAction } from './report-schema';

export function reportText(report: EnvironmentReport): string {
  return [
    t('report.title'),
    t('report.line.checked', { time: report.checkedAt }),
    t('report.line.extension', report.extension),
    t('report.line.page', {
      origin: report.page.origin,
      environment: report.page.environment,
      swagger: t(report.page.swaggerUi === null ? 'report.swagger.none' : `report.swagger.${report.page.swaggerUi}`),
    }),
    sessionLine(report.session),
    t('report.heading.descriptions'),
    ...listOr(
      report.descriptions.map((found) =>
        t('report.description', {
          source: t(`description.source.${found.source}`),
          where: found.url ?? t('report.description.inline'),
          format: t(`report.format.${found.format}`),
          version: found.version,
          count: found.mfaOperations,
        }),
      ),
    ),
    t('report.heading.lookups'),
    ...listOr(report.lookups.map(lookupLine)),
    t('report.heading.actions'),
    ...report.actions.map(actionLine),
    t('report.heading.blockers'),
    ...listOr(report.blockers.map((blocker) => `- ${blocker}`)),
  ].join('\n');
}

function sessionLine(session: EnvironmentReport['session']): string {
  if (session.problem !== undefined) return t('report.line.sessionProblem', { problem: t(`failure.${session.problem}`) });
  if (session.source === null) return t('report.line.noSession');
  return t('report.line.session', {
    source: t(`session.source.${session.source}`),
    timeLeft:
      session.secondsLeft === null
        ? t('report.session.timeUnknown')
        : t('report.session.timeLeft', { minutes: Math.floor(session.secondsLeft / 60) }),
    admin: t(session.isAdmin ? 'report.session.admin' : 'report.session.notAdmin'),
    org: session.org === null ? t('ui.org.unknown') : `${session.org.name} (id ${session.org.id})`,
  });
}

function lookupLine(lookup: Lookup): string {
  const outcome =
    lookup.outcome === 'failed' && lookup.status !== undefined
      ? t('report.outcome.failedStatus', { status: lookup.status })
      : t(`report.outcome.${lookup.outcome}`);
  return t('report.lookup', {
    place: t(`report.place.${lookup.source}`),
    where: lookup.url ?? t('report.lookup.here'),
    outcome,
  });
}

function actionLine(action: ReportedAction): string {
  const name = t(`report.action.${action.action}`);
  if (action.bodySource === null) return t('report.actionLine.noBody', { action: name, path: action.path });
  return t('report.actionLine', {
    action: name,
    path: action.path,
    source: sourceWords(action.bodySource, action.description),
    shape: action.bodyShape ?? '',
  });
}

function listOr(lines: string[]): string[] {
  return lines.length > 0 ? lines : [t('report.none')];
}
