/**
 * The MFA operations last found in each Resolver origin's API description, kept in extension
 * storage (`local:rememberedDescriptions`), so the popup on any tab of that origin builds the same
 * requests as on its Swagger page, even when the description was inline there (no URL to fetch
 * again) or at a URL nothing else names.
 *
 * Not a secret: per action, the route, the example body (bounded) and where its description came
 * from (URL without credential-like parameters, or inline; a fingerprint of its content). An operation
 * whose description has a URL is read again from it once it is older than REMEMBERED_FRESH_MS;
 * an inline one is refreshed the next time its Swagger page is visited.
 *
 * Versioned like the other stores: to change the shape, bump REMEMBERED_DESCRIPTIONS_VERSION and
 * add a migration.
 */
import * as z from 'zod/mini';
import { DescriptionFormatSchema } from '../../environment-check/report-schema';
import { ActionNameSchema, DescriptionSourceSchema, DESCRIPTION_URL_MAX } from '../../protocol';
import type { ActionName } from '../../resolver/knowledge';
import { createSerialQueue } from '../../serial-queue';
import { defineVersionedItem, type Migrations, type Versioning, type VersionedItem } from '../../versioned-item';

export const REMEMBERED_DESCRIPTIONS_KEY = 'local:rememberedDescriptions';
/** v1: origin → action → RememberedOperation. */
export const REMEMBERED_DESCRIPTIONS_VERSION = 1;
/** Version 1 is the first shape: nothing to migrate yet. */
export const REMEMBERED_DESCRIPTIONS_MIGRATIONS: Migrations = {};

/** After this, an operation whose description has a URL is read from it again before use. */
export const REMEMBERED_FRESH_MS = 12 * 60 * 60 * 1000;
/** The most origins kept; the least recently checked go first. */
export const REMEMBERED_ORIGINS_MAX = 50;
/** The largest example body kept, as JSON (Resolver's example bodies are a few lines). */
export const REMEMBERED_EXAMPLE_MAX_CHARS = 20_000;

const ExampleSchema = z
  .unknown()
  .check(z.refine((value) => value === undefined || (JSON.stringify(value)?.length ?? 0) <= REMEMBERED_EXAMPLE_MAX_CHARS));

export const RememberedOperationSchema = z.object({
  /** The route from the origin root. */
  pathTemplate: z.string().check(z.startsWith('/'), z.maxLength(500)),
  /** Absent for the opt-out, whose body never uses it. */
  example: z.optional(ExampleSchema),
  document: z.object({
    source: DescriptionSourceSchema,
    /** null: inline in the Swagger page. */
    url: z.nullable(z.string().check(z.maxLength(DESCRIPTION_URL_MAX))),
    format: DescriptionFormatSchema,
    version: z.string().check(z.maxLength(20)),
    hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
    /** The page path it was found on (never its query, which may hold a token). */
    foundOn: z.string().check(z.maxLength(500)),
  }),
  /** When it was last read from its description (ISO 8601). */
  checkedAt: z.iso.datetime(),
});
export type RememberedOperation = z.infer<typeof RememberedOperationSchema>;
export type RememberedOperations = Partial<Record<ActionName, RememberedOperation>>;

export function defineRememberedDescriptionsItem(
  versioning: Versioning | null = { version: REMEMBERED_DESCRIPTIONS_VERSION, migrations: REMEMBERED_DESCRIPTIONS_MIGRATIONS },
) {
  return defineVersionedItem(REMEMBERED_DESCRIPTIONS_KEY, {}, versioning);
}

const StoredSchema = z.record(z.string(), z.record(z.string(), z.unknown()));

/** Every origin's operations; whatever does not parse is left out (another version may have written it). */
export function parseRemembered(stored: unknown): Record<string, RememberedOperations> {
  const parsed = StoredSchema.safeParse(stored ?? {});
  if (!parsed.success) return {};
  const all: Record<string, RememberedOperations> = {};
  for (const [origin, operations] of Object.entries(parsed.data)) {
    const kept: RememberedOperations = {};
    for (const [action, value] of Object.entries(operations)) {
      const name = ActionNameSchema.safeParse(action);
      const operation = RememberedOperationSchema.safeParse(value);
      if (name.success && operation.success) kept[name.data] = operation.data;
    }
    if (Object.keys(kept).length > 0) all[origin] = kept;
  }
  return all;
}

/** The operations that parse: an invalid one is not stored, and does not keep the others from being stored. */
export function validOperations(operations: RememberedOperations): RememberedOperations {
  return Object.fromEntries(Object.entries(operations).filter(([, operation]) => RememberedOperationSchema.safeParse(operation).success));
}

export interface RememberedDescriptionStore {
  get(origin: string): Promise<RememberedOperations>;
  list(): Promise<Record<string, RememberedOperations>>;
  /** Replaces the given actions' operations for `origin` (the others are kept). Invalid ones are not stored. */
  remember(origin: string, operations: RememberedOperations): Promise<void>;
  forget(origin: string): Promise<void>;
  watch(onChange: (all: Record<string, RememberedOperations>) => void): () => void;
}

export function createRememberedDescriptionStore(item: VersionedItem = defineRememberedDescriptionsItem()): RememberedDescriptionStore {
  const serially = createSerialQueue();
  const read = async () => parseRemembered(await item.getValue());
  return {
    async get(origin) {
      return (await read())[origin] ?? {};
    },
    list: read,
    remember(origin, operations) {
      return serially(async () => {
        const all = await read();
        all[origin] = { ...all[origin], ...validOperations(operations) };
        await item.setValue(Object.fromEntries(newestOrigins(all)));
      });
    },
    forget(origin) {
      return serially(async () => {
        const all = await read();
        delete all[origin];
        await item.setValue(all);
      });
    },
    watch(onChange) {
      return item.watch((stored) => onChange(parseRemembered(stored)));
    },
  };
}

/** At most REMEMBERED_ORIGINS_MAX origins, the most recently checked first. */
function newestOrigins(all: Record<string, RememberedOperations>): [string, RememberedOperations][] {
  const latest = (operations: RememberedOperations) =>
    Math.max(...Object.values(operations).map((operation) => Date.parse(operation.checkedAt)));
  return Object.entries(all)
    .sort(([, a], [, b]) => latest(b) - latest(a))
    .slice(0, REMEMBERED_ORIGINS_MAX);
}
