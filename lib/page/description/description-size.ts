/**
 * The largest API description read (Resolver's whole-API description is a few MB at most). Apart
 * from the readers that use it so the service worker, which caps what it reads from a page's own
 * world (lib/page-world.ts), does not load them.
 */
export const MAX_DESCRIPTION_CHARS = 8_000_000;
