/**
 * The HTTP bindings of a REST operation's input and output structures, compiled once per structure:
 * members bound to URI labels, the query string, headers (single, lists, `x-amz-meta-`-style prefix maps)
 * and the status code. Body and payload members are the codec's (rest-json, rest-xml).
 */
import {
  isUnsafeKey,
  setMember,
  type MemberDescriptor,
  type ShapeTable,
  type StructureDescriptor,
} from './descriptors.js';
import { joinHeaderList, splitHeaderList, splitHttpDateList } from './headers.js';
import { formatOf, jsonValueHeaderText, readJsonValueHeader, textReader, textWriter, type FromText, type ToText } from './http-text.js';
import type { HttpResponse } from './http.js';
import { appendQuery, compileUri, type UriTemplate } from './uri.js';

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The structure descriptor of `ref`; throws for anything else (the generator only binds structures). */
export function structureOf(table: ShapeTable, ref: string): StructureDescriptor {
  const d = hasOwn(table, ref) ? table[ref] : undefined;
  if (d?.type !== 'structure') throw new Error(`shapegen runtime: ${ref} is not a structure of the shape table`);
  return d;
}

type Shape = 'scalar' | 'list' | 'map' | 'mapOfLists';

interface Bound {
  readonly name: string;
  readonly wire: string;
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

function bind(table: ShapeTable, m: MemberDescriptor, fallback: 'iso8601' | 'rfc822'): Bound {
  const { shape, item } = shapeOf(table, m.shape);
  const header = m.location === 'header';
  const format = formatOf(table, item, m, fallback);
  return {
    name: m.name,
    wire: m.wire ?? m.name,
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

type Location = 'label' | 'query' | 'header' | 'prefix';

interface Slot {
  readonly bound: Bound;
  readonly at: Location;
  /** The member's position in the structure: bound values are applied in the model's order. */
  readonly order: number;
  /** A label's positions in the URI template's labels (a template may use a label twice). */
  readonly label?: readonly number[];
}

/** How many header names a prefix map remembers (`x-amz-meta-` + key). */
const PREFIX_NAMES = 256;

/**
 * The header names of a prefix map's keys, remembered (up to {@link PREFIX_NAMES}): a name concatenated
 * afresh is a new string that every request would have to flatten and intern to use as a property key.
 */
class PrefixNames {
  private readonly names = new Map<string, string>();
  constructor(private readonly prefix: string) {}

  of(key: string): string {
    let name = this.names.get(key);
    if (name === undefined) {
      name = this.prefix + key;
      if (this.names.size < PREFIX_NAMES) this.names.set(key, name);
    }
    return name;
  }
}

export interface BoundRequest {
  /** The path and query string, encoded. */
  path: string;
  headers: Record<string, string>;
}

/** Where a header name (lowercase) may have been set by the bindings: the exact wires, or a prefix map. */
interface HeaderSource {
  readonly wires: readonly string[];
  readonly prefixed: boolean;
}

/**
 * The URI, query and header members of an input structure. An input sets few of them (S3 PutObject binds
 * 36 members; a call sets a handful), so a request looks up the input's own keys rather than every member.
 */
export class InputBindings {
  private readonly uri: UriTemplate;
  private readonly slots = new Map<string, Slot>();
  /** The slots in the model's order. */
  private readonly list: Slot[] = [];
  private readonly tokens: Slot[] = [];
  private readonly prefixes: { readonly order: number; readonly bound: Bound; readonly names: PrefixNames }[] = [];
  private readonly sources = new Map<string, HeaderSource>();

  constructor(table: ShapeTable, requestUri: string, input: StructureDescriptor | undefined, private readonly randomId: () => string) {
    this.uri = compileUri(requestUri);
    const add = (m: MemberDescriptor, at: Location, fallback: 'iso8601' | 'rfc822') => {
      const bound = bind(table, m, fallback);
      const label = this.uri.labels.flatMap((l, k) => (at === 'label' && l === bound.wire ? [k] : []));
      const slot: Slot = { bound, at, order: this.slots.size, label };
      this.slots.set(m.name, slot);
      this.list.push(slot);
      if (slot.bound.token) this.tokens.push(slot);
      if (at === 'prefix') this.prefixes.push({ order: slot.order, bound: slot.bound, names: new PrefixNames(slot.bound.wire) });
    };
    for (const m of input?.members ?? []) {
      if (m.location === 'uri') add(m, 'label', 'iso8601');
      else if (m.location === 'querystring') add(m, 'query', 'iso8601');
      else if (m.location === 'header') add(m, 'header', 'rfc822');
      else if (m.location === 'headers') add(m, 'prefix', 'rfc822');
    }
  }

  apply(input: Record<string, unknown>): BoundRequest {
    const { values, orders } = this.present(input);
    const slots = this.list;
    const labels = new Array<string | undefined>(this.uri.labels.length);
    const headers: Record<string, string> = {};
    let query = this.uri.query;
    let named: Set<string> | undefined;
    for (let k = 0; k < orders.length; k++) {
      const i = orders[k];
      const v = values[i];
      const { bound: b, at, label } = slots[i];
      if (at === 'label') {
        const text = b.text(v);
        for (const k of label!) labels[k] = text;
      } else if (at === 'header') headers[b.wire] = Array.isArray(v) ? joinHeaderList(v.filter((x) => x != null).map(b.text), b.quote) : b.text(v);
      else if (at === 'query') {
        // A member bound to a parameter by name wins over a map entry with that key.
        if (b.shape === 'map' || b.shape === 'mapOfLists') named ??= namedParameters(slots, values);
        query = appendParameter(query, b, v, named);
      }
    }
    // Prefix maps after the single headers, as the model's order would not say which wins.
    for (const { order, bound: b, names } of this.prefixes) {
      const v = values[order];
      if (typeof v !== 'object' || v === null) continue;
      for (const key of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[key];
        if (x != null && !isUnsafeKey(key)) headers[names.of(key)] = b.text(x);
      }
    }
    let path = this.uri.pathOf(labels);
    if (query !== '') path += '?' + query;
    return { path, headers };
  }

  /**
   * Whether `headers`, as {@link apply} built them, hold `name` (lowercase) under any case. Only the
   * members bound to that name (or a prefix map) could have set it, so those are all it looks at.
   */
  hasHeader(headers: Record<string, string>, name: string): boolean {
    let source = this.sources.get(name);
    if (source === undefined) {
      const wires: string[] = [];
      let prefixed = false;
      for (const { bound, at } of this.list) {
        const lower = bound.wire.toLowerCase();
        if (at === 'header' && lower === name) wires.push(bound.wire);
        else if (at === 'prefix' && name.startsWith(lower)) prefixed = true;
      }
      source = { wires, prefixed };
      this.sources.set(name, source);
    }
    if (source.prefixed) return Object.keys(headers).some((k) => k.toLowerCase() === name);
    for (const w of source.wires) if (hasOwn(headers, w)) return true;
    return false;
  }

  /**
   * The values of the bound members the input sets (own properties; null counts as absent), by the
   * member's position in the model (a sparse array), idempotency tokens filled; and those positions,
   * ascending.
   */
  private present(input: Record<string, unknown>): { values: unknown[]; orders: number[] } {
    const values = new Array<unknown>(this.list.length);
    const orders: number[] = [];
    const add = (order: number, v: unknown) => {
      values[order] = v;
      let i = orders.length;
      orders.push(order);
      for (; i > 0 && orders[i - 1] > order; i--) orders[i] = orders[i - 1];
      orders[i] = order;
    };
    for (const key of Object.keys(input)) {
      const slot = this.slots.get(key);
      if (slot === undefined) continue;
      const v = input[key];
      if (v != null) add(slot.order, v);
    }
    for (const t of this.tokens) if (values[t.order] === undefined) add(t.order, this.randomId());
    return { values, orders };
  }
}

/** The parameter names that query members other than maps set. */
function namedParameters(slots: readonly Slot[], values: readonly unknown[]): Set<string> {
  const named = new Set<string>();
  for (let i = 0; i < slots.length; i++) {
    const { bound: b, at } = slots[i];
    if (values[i] !== undefined && at === 'query' && b.shape !== 'map' && b.shape !== 'mapOfLists') named.add(b.wire);
  }
  return named;
}

/** `query` with the parameters of one query member appended. */
function appendParameter(query: string, b: Bound, v: unknown, named: ReadonlySet<string> | undefined): string {
  if (b.shape === 'scalar') return appendQuery(query, b.wire, b.text(v));
  if (b.shape === 'list') {
    if (Array.isArray(v)) for (const x of v) if (x != null) query = appendQuery(query, b.wire, b.text(x));
    return query;
  }
  if (typeof v !== 'object' || v === null) return query;
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    if (x == null || isUnsafeKey(key) || named?.has(key)) continue;
    if (b.shape === 'map') query = appendQuery(query, key, b.text(x));
    else if (Array.isArray(x)) for (const y of x) if (y != null) query = appendQuery(query, key, b.text(y));
  }
  return query;
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
      const text = lower.get(b.wire.toLowerCase());
      if (text === undefined) continue;
      let v: unknown;
      if (b.shape === 'list') {
        const items = this.dates.has(b.name) ? splitHttpDateList(text) : splitHeaderList(text);
        v = items.map(b.read).filter((x) => x !== undefined);
      } else v = b.read(text);
      if (v !== undefined) setMember(out, b.name, v);
    }
    for (const b of this.prefixes) {
      const prefix = b.wire.toLowerCase();
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
