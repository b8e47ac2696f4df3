/**
 * The link map `generate --links <file>` applies: every documentation link, as written in the model (HTML
 * entities decoded), with what became of it (`ok`, `moved` to a final URL, `dead`). The format is that of
 * `../shared/links/paws-site-2023.json` and of what `shapegen links` writes.
 *
 * (Docs helper's stand-in: the links helper owns this module; its `readLinkMap` replaces this one.)
 */
import { readFileSync } from 'node:fs';

export type LinkStatus = { readonly status: 'ok' } | { readonly status: 'moved'; readonly location: string } | { readonly status: 'dead' };

export interface LinkMap {
  readonly description?: string;
  readonly links: Readonly<Record<string, LinkStatus>>;
}

export class LinkMapError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'LinkMapError';
  }
}

/** Reads and checks a link map; a malformed file is an error naming the file, the entry and the fix. */
export function readLinkMap(path: string): LinkMap {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LinkMapError(path, `cannot read the link map (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new LinkMapError(path, `not JSON: ${(e as Error).message}`);
  }
  return checkLinkMap(data, path);
}

/** Checks the shape of parsed link-map data (the map is plain data: no prototype keys survive). */
export function checkLinkMap(data: unknown, file = '<link map>'): LinkMap {
  if (!isObject(data)) throw new LinkMapError(file, 'expected an object {"description": ..., "links": {...}}');
  if (data.description !== undefined && typeof data.description !== 'string') throw new LinkMapError(file, '"description" must be a string');
  if (!isObject(data.links)) throw new LinkMapError(file, 'expected "links": an object from URL to {"status": "ok" | "moved" | "dead"}');
  const links: Record<string, LinkStatus> = Object.create(null);
  for (const [url, entry] of Object.entries(data.links)) links[url] = checkEntry(entry, url, file);
  return data.description === undefined ? { links } : { description: data.description, links };
}

function checkEntry(entry: unknown, url: string, file: string): LinkStatus {
  const where = `links[${JSON.stringify(url)}]`;
  if (!isObject(entry)) throw new LinkMapError(file, `${where}: expected {"status": "ok" | "moved" | "dead"}`);
  switch (entry.status) {
    case 'ok':
    case 'dead':
      return { status: entry.status };
    case 'moved':
      if (typeof entry.location !== 'string' || entry.location === '') throw new LinkMapError(file, `${where}: a moved link needs "location", the final URL`);
      return { status: 'moved', location: entry.location };
    default:
      throw new LinkMapError(file, `${where}: "status" is ${JSON.stringify(entry.status)}; use "ok", "moved" or "dead"`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
