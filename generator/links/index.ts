/**
 * Documentation links: collecting them from models, checking them (`shapegen links`), and the link-map file
 * that `generate --links` applies. What other stages use is exported here.
 */
export type { CheckRecord, LinkEntry, LinkFile, LinkMap, LinkStatus } from './types.js';
export { LinkMapError, parseLinkMap, readLinkMap, type LinkMapProblem } from './link-map.js';
export { collectLinks, collectModelLinks, linksInHtml } from './collect.js';
