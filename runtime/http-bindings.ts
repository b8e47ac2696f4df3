/**
 * The HTTP bindings of a REST operation's input and output structures, compiled once per structure:
 * members bound to URI labels, the query string, headers (single, lists, `x-amz-meta-`-style prefix maps)
 * and the status code. Body and payload members are the codec's (rest-json, rest-xml). This file reads
 * the output's; input-bindings.ts writes the input's.
 */
import { hasOwn, isUnsafeKey, type MemberDescriptor, setMember, type ShapeTable, type StructureDescriptor } from './descriptors.js';
import { splitHeaderList, splitHttpDateList } from './headers.js';
import { formatOf, jsonValueHeaderText, readJsonValueHeader, textReader, textWriter, type FromText, type ToText } from './http-text.js';
import type { HttpResponse } from './http.js';


/** The structure descriptor of `ref`; throws for anything else (the generator only binds structures). */
export function structureOf(table: ShapeTable, ref: string): StructureDescriptor {
  const d = hasOwn(table, ref) ? table[ref] : undefined;
  if (d?.type !== 'structure') throw new Error(`shapegen runtime: ${ref} is not a structure of the shape table`);
  return d;
}

export type Shape = 'scalar' | 'list' | 'map' | 'mapOfLists';

export interface Bound {
  readonly name: string;
  readonly wire: string;
  /** The wire name lowercased, as a response's header names are looked up. */
  readonly lower: string;
  readonly shape: Shape;
  /** Text of a scalar, or of a list's (or map's) items. */
  readonly text: ToText;
  readonly read: FromText;
  /** List items are quoted in headers (every kind but HTTP dates). */
  readonly quote: boolean;
  readonly token: boolean;
}

function shapeOf(table: ShapeTable, ref: string): { shape: Shape; item: string } {
  const d = hasOwn(table, ref) ? table[ref] : undefined;
  if (d?.type === 'list') return { shape: 'list', item: d.member };
  if (d?.type === 'map') {
    const v = hasOwn(table, d.value) ? table[d.value] : undefined;
    return v?.type === 'list' ? { shape: 'mapOfLists', item: v.member } : { shape: 'map', item: d.value };
  }
  return { shape: 'scalar', item: ref };
}

export function bind(table: ShapeTable, m: MemberDescriptor, fallback: 'iso8601' | 'rfc822'): Bound {
  const { shape, item } = shapeOf(table, m.shape);
  const header = m.location === 'header';
  const format = formatOf(table, item, m, fallback);
  return {
    name: m.name,
    wire: m.wire ?? m.name,
    lower: (m.wire ?? m.name).toLowerCase(),
    shape,
    text: header && m.jsonvalue ? jsonValueHeaderText : textWriter(table, item, m, fallback),
    read: header && m.jsonvalue ? readJsonValueHeader : textReader(table, item, m, fallback),
    quote: !(format === 'rfc822' && isTimestamp(table, item)),
    token: m.idempotencyToken === true,
  };
}

function isTimestamp(table: ShapeTable, ref: string): boolean {
  return ref === '$timestamp' || (hasOwn(table, ref) && table[ref].type === 'timestamp');
}

/** The header and status-code members of an output (or error) structure. */
export class OutputBindings {
  private readonly headers: Bound[] = [];
  private readonly prefixes: Bound[] = [];
  private status?: string;
  private readonly dates = new Set<string>();

  constructor(table: ShapeTable, output: StructureDescriptor | undefined) {
    for (const m of output?.members ?? []) {
      if (m.location === 'header') {
        const b = bind(table, m, 'rfc822');
        this.headers.push(b);
        const { item } = shapeOf(table, m.shape);
        if (b.shape === 'list' && isTimestamp(table, item) && formatOf(table, item, m, 'rfc822') === 'rfc822') this.dates.add(b.name);
      } else if (m.location === 'headers') this.prefixes.push(bind(table, m, 'rfc822'));
      else if (m.location === 'statusCode') this.status = m.name;
    }
  }

  /** True when the structure has no bound member at all. */
  get empty(): boolean {
    return this.headers.length === 0 && this.prefixes.length === 0 && this.status === undefined;
  }

  /** Sets the bound members of `out` from the response. */
  read(response: HttpResponse, out: Record<string, unknown>): void {
    const lower = lowerCaseHeaders(response.headers);
    for (const b of this.headers) {
      const text = lower.get(b.lower);
      if (text === undefined) continue;
      let v: unknown;
      if (b.shape === 'list') {
        const items = this.dates.has(b.name) ? splitHttpDateList(text) : splitHeaderList(text);
        v = items.map(b.read).filter((x) => x !== undefined);
      } else v = b.read(text);
      if (v !== undefined) setMember(out, b.name, v);
    }
    for (const b of this.prefixes) {
      const prefix = b.lower;
      const map: Record<string, unknown> = {};
      for (const [name, text] of lower) {
        if (!name.startsWith(prefix) || isUnsafeKey(name.slice(prefix.length))) continue;
        const v = b.read(text);
        if (v !== undefined) map[name.slice(prefix.length)] = v;
      }
      setMember(out, b.name, map); // present, empty when no header has the prefix
    }
    if (this.status !== undefined) setMember(out, this.status, response.statusCode);
  }
}

/** Header names lowercased (HTTP header names are case-insensitive), in the response's order. */
export function lowerCaseHeaders(headers: HttpResponse['headers']): Map<string, string> {
  const out = new Map<string, string>();
  if (!headers) return out;
  for (const key of Object.keys(headers)) {
    const v = headers[key];
    if (v !== undefined) out.set(key.toLowerCase(), v);
  }
  return out;
}
