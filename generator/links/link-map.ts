/**
 * Reading and writing link-map files. `readLinkMap` is what `generate --links` uses: it accepts exactly the
 * format of `../shared/links/paws-site-2023.json` and ignores any other top-level field (such as the
 * `checked` record `shapegen links` adds). Every problem in a file is reported at once, with its line and
 * column, and nothing of a bad file is used.
 */
import { readFileSync } from 'node:fs';
import { loadYamlSource } from '../load/yaml-source.js';
import type { CheckRecord, LinkEntry, LinkFile, LinkMap } from './types.js';

export interface LinkMapProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export class LinkMapError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly LinkMapProblem[],
  ) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: error: ${p.message}`).join('\n'));
    this.name = 'LinkMapError';
  }
}

type Path = (string | number)[];
type Report = (path: Path, message: string, at?: 'key' | 'value') => void;

const FORMAT_HINT = 'a link map is {"description": "...", "links": {"<url>": {"status": "ok"} | {"status": "moved", "location": "<url>"} | {"status": "dead"}}}';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function entryOf(value: unknown, path: Path, report: Report): LinkEntry | undefined {
  if (!isObject(value)) {
    report(path, `the entry must be an object with a "status", not ${typeName(value)}`);
    return undefined;
  }
  for (const k of Object.keys(value)) {
    if (k !== 'status' && k !== 'location') report([...path, k], `unknown field "${k}" in an entry: an entry has only "status" and, when moved, "location"`, 'key');
  }
  const { status, location } = value;
  if (status === 'moved') {
    if (typeof location !== 'string' || location === '') report(location === undefined ? path : [...path, 'location'], 'a moved entry needs "location": the final URL, a non-empty string');
    else return { status, location };
    return undefined;
  }
  if (status === 'ok' || status === 'dead') {
    if (location !== undefined) report([...path, 'location'], `an ${status} entry has no "location" (only "moved" entries do)`, 'key');
    else return { status };
    return undefined;
  }
  report(status === undefined ? path : [...path, 'status'], `"status" must be "ok", "moved" or "dead", not ${status === undefined ? 'missing' : JSON.stringify(status)}`);
  return undefined;
}

function linksOf(root: Record<string, unknown>, report: Report): Map<string, LinkEntry> {
  const links = new Map<string, LinkEntry>();
  if (!isObject(root.links)) {
    report(root.links === undefined ? [] : ['links'], `"links" must be an object mapping each URL to its entry, not ${root.links === undefined ? 'missing' : typeName(root.links)}`);
    return links;
  }
  for (const [url, value] of Object.entries(root.links)) {
    const entry = entryOf(value, ['links', url], report);
    if (entry) links.set(url, entry);
  }
  return links;
}

const ISO_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

function checkedOf(root: Record<string, unknown>, links: ReadonlyMap<string, LinkEntry>, report: Report): Map<string, CheckRecord> {
  const checked = new Map<string, CheckRecord>();
  if (root.checked === undefined) return checked;
  if (!isObject(root.checked)) {
    report(['checked'], `"checked" must be an object mapping each URL to {"at": "<time>", "result": "<text>"}, not ${typeName(root.checked)}`);
    return checked;
  }
  for (const [url, value] of Object.entries(root.checked)) {
    const path = ['checked', url];
    if (!isObject(value) || typeof value.at !== 'string' || !ISO_SECONDS.test(value.at) || Number.isNaN(Date.parse(value.at)) || typeof value.result !== 'string') {
      report(path, 'a check record is {"at": "YYYY-MM-DDThh:mm:ssZ", "result": "<text>"}; delete the record to have the link checked again');
    } else if (!links.has(url)) {
      report(path, 'a check record for a URL that is not under "links"; delete it', 'key');
    } else checked.set(url, { at: value.at, result: value.result });
  }
  return checked;
}

function positionOf(text: string, error: Error): { line: number; column: number } {
  const at = /position (\d+)/.exec(error.message);
  const before = text.slice(0, at ? Number(at[1]) : 0).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function parse(text: string, file: string, withChecks: boolean): LinkFile {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    throw new LinkMapError(file, [{ ...positionOf(text, e as Error), message: `not valid JSON (${(e as Error).message}); ${FORMAT_HINT}` }]);
  }
  const found: { path: Path; message: string; at: 'key' | 'value' }[] = [];
  const report: Report = (path, message, at = 'value') => void found.push({ path, message, at });
  let result: LinkFile = { description: '', links: new Map(), checked: new Map() };
  if (!isObject(root)) report([], `the file holds ${typeName(root)}; ${FORMAT_HINT}`);
  else {
    if (typeof root.description !== 'string') report(root.description === undefined ? [] : ['description'], `"description" must be a string, not ${root.description === undefined ? 'missing' : typeName(root.description)}`);
    const links = linksOf(root, report);
    const checked = withChecks ? checkedOf(root, links, report) : new Map<string, CheckRecord>();
    result = { description: String(root.description), links, checked };
  }
  if (found.length > 0) {
    // Only a bad file pays for a positional parse.
    const { locate } = loadYamlSource(file, text);
    throw new LinkMapError(file, found.map((p) => ({ ...locate(p.path, p.at), message: p.message })));
  }
  return result;
}

/** Parses and validates a link map; throws LinkMapError listing every problem. */
export function parseLinkMap(text: string, file: string): LinkMap {
  const { description, links } = parse(text, file, false);
  return { description, links };
}

/** As parseLinkMap, and also reads and validates the check record (`checked`) that `shapegen links` keeps. */
export function parseLinkFile(text: string, file: string): LinkFile {
  return parse(text, file, true);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (e as Error).message;
    throw new LinkMapError(path, [{ line: 0, column: 0, message: `cannot read the link map: ${reason}` }]);
  }
}

/** Reads a link-map file (as `generate --links` does). Throws LinkMapError with the file and what is wrong. */
export function readLinkMap(path: string): LinkMap {
  return parseLinkMap(readText(path), path);
}

export function readLinkFile(path: string): LinkFile {
  return parseLinkFile(readText(path), path);
}

function sortedObject<T, U>(map: ReadonlyMap<string, T>, value: (v: T) => U): Record<string, U> {
  // No prototype: a URL such as `__proto__` stays an ordinary key.
  const out = Object.create(null) as Record<string, U>;
  for (const key of [...map.keys()].sort()) out[key] = value(map.get(key) as T);
  return out;
}

/** The file's text: keys sorted by code unit, one-space indentation, as the reference map is written. */
export function serializeLinkFile(file: LinkFile): string {
  const root: Record<string, unknown> = {
    description: file.description,
    links: sortedObject(file.links, (e) => (e.status === 'moved' ? { status: e.status, location: e.location } : { status: e.status })),
  };
  if (file.checked.size > 0) root.checked = sortedObject(file.checked, (c) => ({ at: c.at, result: c.result }));
  return JSON.stringify(root, null, 1) + '\n';
}
