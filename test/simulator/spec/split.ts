/**
 * The API as two OpenAPI 3 documents, one per service, for a Swagger page that lists several
 * (`urls`). Resolver's split, if any, is not public; the simulator's choice:
 * - `user-service`: the session operations, the user reads, the MFA reset and the membership
 *   update (tags session and user);
 * - `org-service`: the membership read and the MFA enforcement (tag org).
 * Both declare the base path `/user` (`servers: [{url: '/user'}]`) and list their paths relative
 * to it, so a reader must apply the base path to reach the real routes. Discovery has a base of
 * its own (`/discover`) and is in neither.
 */
import { API_INFO, type OperationSpec } from './operations';
import { openApi3Document } from './openapi3';

const SPLIT_BASE_PATH = '/user';

const SERVICES: { name: string; title: string; tags: OperationSpec['tag'][] }[] = [
  { name: 'user-service', title: `${API_INFO.title}: users`, tags: ['session', 'user'] },
  { name: 'org-service', title: `${API_INFO.title}: organisations`, tags: ['org'] },
];

function relativeToBase(op: OperationSpec): OperationSpec {
  if (!op.path.startsWith(`${SPLIT_BASE_PATH}/`)) throw new Error(`${op.path} is not under ${SPLIT_BASE_PATH}`);
  return { ...op, path: op.path.slice(SPLIT_BASE_PATH.length) };
}

/** The service documents, in the order the page lists them (the first is the primary one). */
export function splitDocuments(ops: OperationSpec[]) {
  return SERVICES.map(({ name, title, tags }) => ({
    name,
    document: openApi3Document(
      ops.filter((op) => tags.includes(op.tag)).map(relativeToBase),
      { title, server: SPLIT_BASE_PATH },
    ),
  }));
}
