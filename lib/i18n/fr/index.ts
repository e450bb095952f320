/**
 * French catalogue, one file per area like the English one; each area mirrors its English file
 * key for key. Written for Resolver admins: vouvoiement, French typography (a non-breaking space
 * before « : ; ? ! » and inside guillemets), technical names (Swagger, API, JSON, CSV, SSO, HTTP
 * codes, endpoint paths, Resolver's own labels) left as they are.
 */
import type { Messages } from '../messages';
import { app } from './app';
import { audit } from './audit';
import { bulk } from './bulk';
import { bulkRun } from './bulk-run';
import { csv } from './csv';
import { description } from './description';
import { exemption } from './exemption';
import { failures } from './failures';
import { policy } from './policy';
import { reminders } from './reminders';
import { report } from './report';
import { request } from './request';
import { storage } from './storage';
import { support } from './support';
import { ui } from './ui';

export const fr: Messages = {
  ...app,
  ...request,
  ...description,
  ...failures,
  ...ui,
  ...audit,
  ...bulkRun,
  ...bulk,
  ...support,
  ...reminders,
  ...report,
  ...exemption,
  ...storage,
  ...policy,
  ...csv,
};
