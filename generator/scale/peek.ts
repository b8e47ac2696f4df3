/**
 * A model's service folder before it is loaded, from the head of the file: what lets a catalog run leave
 * out the emitters of a model that a newer API version of its service will supersede. AWS models put
 * `metadata` first (within the first 2 KB across the catalog), so a small read and a scan of the top-level
 * keys suffice; no model is parsed whole. A guess only: the run checks it against the loaded models and
 * emits any model it wrongly left out (see generate.ts), so an odd file costs time, never output.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { serviceFolder } from '../names/names.js';
import { isAwsJsonModel } from '../load/sidecars.js';

/** How much of a model is read for its metadata: a first look, then at most; later metadata is not peeked. */
const HEAD_BYTES = [4 * 1024, 64 * 1024];

/** The first `bytes` of a file as text, and whether that is the whole file. */
function readHead(file: string, bytes: number): { text: string; whole: boolean } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.allocUnsafe(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    // A cut multi-byte character at the end only spoils text after the metadata.
    return { text: buf.toString('utf8', 0, n).replace(/^\uFEFF/, ''), whole: n < bytes };
  } catch {
    return undefined; // the job reports an unreadable file
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const WS = new Set([' ', '\t', '\n', '\r']);

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.has(text[i])) i++;
  return i;
}

/** The index just past the string starting at `i`, or -1 when it does not end in `text`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return -1;
}

/** The index just past the JSON value starting at `i`, or -1 when it does not end in `text`. */
function valueEnd(text: string, i: number): number {
  if (text[i] === '"') return stringEnd(text, i);
  if (text[i] !== '{' && text[i] !== '[') {
    let j = i;
    while (j < text.length && !WS.has(text[j]) && text[j] !== ',' && text[j] !== '}' && text[j] !== ']') j++;
    return j < text.length ? j : -1;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"') {
      j = stringEnd(text, j) - 1;
      if (j < 0) return -1;
    } else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return j + 1;
  }
  return -1;
}

/** The text of the top-level member `name` of the JSON object in `text` (its first occurrence). */
export function topLevelMember(text: string, name: string): string | undefined {
  let i = skipWs(text, 0);
  if (text[i] !== '{') return undefined;
  for (i = skipWs(text, i + 1); text[i] === '"'; ) {
    const keyEnd = stringEnd(text, i);
    if (keyEnd < 0) return undefined;
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipWs(text, keyEnd);
    if (text[i] !== ':') return undefined;
    i = skipWs(text, i + 1);
    const end = valueEnd(text, i);
    if (end < 0) return undefined;
    if (key === name) return text.slice(i, end);
    i = skipWs(text, end);
    if (text[i] !== ',') return undefined;
    i = skipWs(text, i + 1);
  }
  return undefined;
}

/** The service folder an AWS JSON model names in its metadata; undefined when that is not cheap to know. */
export function peekServiceFolder(file: string): string | undefined {
  if (!isAwsJsonModel(file)) return undefined; // a YAML model is emitted as always
  let text: string | undefined;
  for (const bytes of HEAD_BYTES) {
    const head = readHead(file, bytes);
    if (head === undefined) return undefined;
    text = topLevelMember(head.text, 'metadata');
    if (text !== undefined || head.whole) break;
  }
  if (text === undefined) return undefined;
  let meta: unknown;
  try {
    meta = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof meta !== 'object' || meta === null) return undefined;
  const { serviceFullName, serviceAbbreviation } = meta as Record<string, unknown>;
  if (typeof serviceFullName !== 'string' || (serviceAbbreviation !== undefined && typeof serviceAbbreviation !== 'string')) return undefined;
  return serviceFolder({ serviceFullName, serviceAbbreviation });
}
