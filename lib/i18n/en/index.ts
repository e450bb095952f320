/** English catalogue, one file per area so each stays small. Placeholders are `{name}`. */
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
import { storage } from './storage';
import { request } from './request';
import { support } from './support';
import { ui } from './ui';

export const en = { ...app, ...request, ...description, ...failures, ...ui, ...audit, ...bulkRun, ...bulk, ...support, ...reminders, ...report, ...exemption, ...storage, ...policy, ...csv } as const;
