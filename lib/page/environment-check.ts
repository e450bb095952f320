/**
 * "Check this environment": what the helper finds in this Resolver tab, for the admin and for a
 * support ticket. It sends GETs only (the session's "who am I?" and the description lookups), and
 * its report holds no token, no cookie and no other user's data (report-schema.ts).
 */
import { bodyShape } from '../environment-check/body-shape';
import type { EnvironmentReport, ReportedAction } from '../environment-check/report-schema';
import { failureLine } from '../failure-text';
import { t } from '../i18n';
import { RequestBuildError } from '../resolver';
import { actionOperationIn } from '../resolver/action-operation';
import { ACTION_NAMES, ACTIONS, environmentOf, type ActionName } from '../resolver/knowledge';
import { findPlaceholder } from '../resolver/placeholder';
import type { ActionSender } from './action-sender';
import { operationInSet, type DescriptionSet } from './description/find-descriptions';
import { redactUrl } from './description/redact-url';
import type { TabSession } from './session/tab-session';
import { detectSwagger } from './swagger-page';
import { orgOf } from './who-am-i';

export interface ReportContext {
  session: TabSession;
  sender: ActionSender;
  location: Pick<Location, 'origin' | 'hostname'>;
  document: Document;
  /** Unix seconds. */
  nowSeconds: () => number;
  about: EnvironmentReport['extension'];
}

export async function checkEnvironment(context: ReportContext): Promise<EnvironmentReport> {
  const { session, sender, location } = context;
  const environment = environmentOf(location.hostname);
  const [resolved, set] = await Promise.all([session.resolve(), sender.descriptions()]);
  const actions = await Promise.all(ACTION_NAMES.map((action) => reportedAction(sender, set, action)));

  const signedIn = resolved.ok ? resolved.value : null;
  const blockers: string[] = [];
  if (!resolved.ok) blockers.push(failureLine(resolved));
  else if (signedIn === null) blockers.push(t('report.blocker.signedOut'));
  else if (signedIn.me.isAdmin !== true) blockers.push(t('report.blocker.notAdmin'));
  for (const { action, problem } of actions) {
    if (problem !== undefined) blockers.push(t('report.blocker.action', { action: t(`report.action.${action}`), problem }));
  }

  return {
    checkedAt: new Date(context.nowSeconds() * 1000).toISOString(),
    extension: context.about,
    page: { origin: location.origin, environment, swaggerUi: detectSwagger(context.document) },
    session: {
      source: signedIn?.source ?? null,
      secondsLeft: signedIn?.expiresAt == null ? null : Math.max(0, Math.round(signedIn.expiresAt - context.nowSeconds())),
      isAdmin: signedIn ? signedIn.me.isAdmin === true : null,
      org: signedIn ? orgOf(signedIn.me) : null,
      ...(resolved.ok ? {} : { problem: resolved.kind }),
    },
    descriptions: reportedDescriptions(set),
    lookups: set.lookups.slice(0, 60),
    actions,
    blockers,
  };
}

/** Each description found, live first, then the remembered ones no live description replaced. */
function reportedDescriptions(set: DescriptionSet): EnvironmentReport['descriptions'] {
  const held = (spec: unknown) =>
    ACTION_NAMES.filter((action) => {
      try {
        return actionOperationIn(action, spec) !== undefined;
      } catch {
        return false;
      }
    }).length;
  const live = set.documents.map((document) => ({
    source: document.source,
    url: document.url && redactUrl(document.url),
    format: document.format,
    version: document.version,
    mfaOperations: held(document.document),
  }));
  const remembered = new Map<string, EnvironmentReport['descriptions'][number]>();
  for (const operation of Object.values(set.remembered)) {
    const { hash, url, format, version } = operation.document;
    if (set.documents.some((document) => document.hash === hash)) continue;
    const entry = remembered.get(hash) ?? { source: 'remembered' as const, url, format, version, mfaOperations: 0 };
    entry.mfaOperations += 1;
    remembered.set(hash, entry);
  }
  return [...live, ...remembered.values()].slice(0, 20);
}

async function reportedAction(sender: ActionSender, set: DescriptionSet, action: ActionName): Promise<ReportedAction> {
  const known = ACTIONS[action];
  let operationFound = false;
  try {
    operationFound = operationInSet(set, action) !== undefined;
  } catch {
    // Malformed: the plan below says why.
  }
  const plan = await sender.plan(action);
  if (!plan.ok) {
    return { action, operationFound, path: known.path, bodySource: null, bodyShape: null, problem: plan.detail ?? failureLine(plan) };
  }
  const { pathTemplate, example, source, description } = plan.value;
  const reported: ReportedAction = {
    action,
    operationFound,
    path: pathTemplate,
    bodySource: source,
    bodyShape: known.body === 'opt-out-only' ? bodyShape({ mfaOptOut: true }) : bodyShape(example),
    ...(description ? { description } : {}),
  };
  const problem = placeholderProblem(action, example);
  return problem === undefined ? reported : { ...reported, problem };
}

/** A reset example whose user-id placeholder cannot be told stops the reset. */
function placeholderProblem(action: ActionName, example: unknown): string | undefined {
  if (ACTIONS[action].body !== 'example-with-user-id') return undefined;
  try {
    findPlaceholder(example, `${ACTIONS[action].method} ${ACTIONS[action].path}`);
    return undefined;
  } catch (error) {
    if (error instanceof RequestBuildError) return error.message;
    throw error;
  }
}
