/**
 * Every choice about the example bodies the simulator's API description advertises.
 *
 * Resolver does not publish the example bodies of `PUT /user/org/mfa` and
 * `PUT /user/users/mfa/reset`, nor the full membership example, so the simulator can serve
 * several variants. Each variant changes both WHERE the example lives in the description and
 * its SHAPE. The enforce and reset handlers accept exactly the shape the current variant
 * advertises, so a test passing against every variant proves the extension followed the
 * description rather than one guess.
 */
import { ACTIONS } from '../../lib/resolver/knowledge';
import type { MembershipFields } from './state';

/** Where an operation's example body lives in the description. */
export type ExampleLocation =
  /** OpenAPI 3: media type `example`. Swagger 2.0: body schema `example`. */
  | 'media-example'
  /** OpenAPI 3: media type `examples` whose entry is a `$ref` to components/examples.
   *  Swagger 2.0 (no components/examples): body schema `$ref` to a definition carrying `example`. */
  | 'examples-ref'
  /** Both: inline body schema with `example`. */
  | 'schema-example'
  /** Both: no example at all, only a `$ref`'d schema; the value is what Swagger UI generates
   *  from it (integer 0, boolean true, arrays of one item), so it must be such a sample. */
  | 'schema-only';

export interface AdvertisedExample {
  value: unknown;
  location: ExampleLocation;
}

export interface ExampleVariant {
  summary: string;
  enforce: AdvertisedExample;
  reset: AdvertisedExample;
  membership: AdvertisedExample;
}

/**
 * The full membership example. Its values are Swagger UI's generated sample values so that the
 * same object is right for every location, `schema-only` included. Sending it unedited would
 * make the user an active all-access admin with role 0: the hazard the opt-out form avoids.
 */
const FULL_MEMBERSHIP_EXAMPLE: MembershipFields = {
  isAdmin: true,
  isActive: true,
  allAccess: true,
  mfaOptOut: true,
  ssoBypass: true,
  roles: [0],
  userGroups: [0],
};

export const EXAMPLE_VARIANTS = {
  /** The extension's own built-in defaults (one source of truth), as media-type examples. */
  default: {
    summary: 'knowledge.ts defaults as media-type examples',
    enforce: { value: ACTIONS.enforceOrgMfa.defaultExample, location: 'media-example' },
    reset: { value: ACTIONS.resetUserMfa.defaultExample, location: 'media-example' },
    membership: { value: FULL_MEMBERSHIP_EXAMPLE, location: 'media-example' },
  },
  /** Reset as an array whose placeholder is 1 (as some articles show), empty enforce body. */
  'array-in-examples-ref': {
    summary: 'reset [1], enforce {}, in named examples referenced from components/examples',
    enforce: { value: {}, location: 'examples-ref' },
    reset: { value: [1], location: 'examples-ref' },
    membership: { value: FULL_MEMBERSHIP_EXAMPLE, location: 'examples-ref' },
  },
  /** Reset as a bare number. */
  'bare-number-in-schema': {
    summary: 'reset 0 (bare number), enforce {"enforce": true}, as schema examples',
    enforce: { value: { enforce: true }, location: 'schema-example' },
    reset: { value: 0, location: 'schema-example' },
    membership: { value: FULL_MEMBERSHIP_EXAMPLE, location: 'schema-example' },
  },
  /** No examples anywhere: bodies must be generated from the schemas. */
  'ids-object-schema-only': {
    summary: 'reset {"ids": [0]}, enforce {"enforceMfa": true}, only as schemas to generate from',
    enforce: { value: { enforceMfa: true }, location: 'schema-only' },
    reset: { value: { ids: [0] }, location: 'schema-only' },
    membership: { value: FULL_MEMBERSHIP_EXAMPLE, location: 'schema-only' },
  },
} as const satisfies Record<string, ExampleVariant>;

export type ExampleVariantName = keyof typeof EXAMPLE_VARIANTS;
export const EXAMPLE_VARIANT_NAMES = Object.keys(EXAMPLE_VARIANTS) as ExampleVariantName[];

export function exampleVariant(name: ExampleVariantName): ExampleVariant {
  return EXAMPLE_VARIANTS[name];
}
