/**
 * The URI, query and header members of a REST operation's input, compiled once per structure into a
 * plan: each bound member's location, its label positions, its encoded query key, its header name, the
 * prefix of a prefix map. A request then finds the members the input sets from the input's own keys
 * (present-members.ts) and applies them in the model's order.
 */
import { hasOwn, isUnsafeKey, type MemberDescriptor, type ShapeTable, type StructureDescriptor } from './descriptors.js';
import { joinHeaderList } from './headers.js';
import { bind, type Bound } from './http-bindings.js';
import { MemberIndex, RememberedKeys } from './present-members.js';
import { compileUri, percentEncode, type UriTemplate } from './uri.js';


const LABEL = 0;
const HEADER = 1;
const QUERY = 2;
const PREFIX = 3;

interface Slot {
  readonly bound: Bound;
  readonly at: typeof LABEL | typeof HEADER | typeof QUERY | typeof PREFIX;
  /** A label's positions in the URI template's labels (a template may use a label twice). */
  readonly labels: readonly number[];
  /** A query parameter's name, percent-encoded. */
  readonly key: string;
  /** A parameter map (its entries are parameters named by their keys). */
  readonly map: boolean;
  /** A prefix map's header names by key. */
  readonly names?: RememberedKeys<string>;
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

/**
 * Where the bindings may have set a header `name` (lowercase): under the exact wire names of the members
 * bound to it, or under any name when a prefix map could produce it. Made once per name and operation.
 */
export interface HeaderCheck {
  readonly name: string;
  readonly wires: readonly string[];
  readonly prefixed: boolean;
}

/** Whether `headers`, as {@link InputBindings.apply} built them, hold the header of `check` under any case. */
export function holdsHeader(headers: Record<string, string>, check: HeaderCheck): boolean {
  if (check.prefixed) return Object.keys(headers).some((k) => k.toLowerCase() === check.name);
  for (let i = 0; i < check.wires.length; i++) if (hasOwn(headers, check.wires[i])) return true;
  return false;
}

export class InputBindings {
  private readonly uri: UriTemplate;
  /** The slots in the model's order, and the index of their members by name. */
  private readonly slots: Slot[] = [];
  private readonly members: MemberIndex;

  constructor(table: ShapeTable, requestUri: string, input: StructureDescriptor | undefined, private readonly randomId: () => string) {
    this.uri = compileUri(requestUri);
    for (const m of input?.members ?? []) {
      if (m.location === 'uri') this.add(table, m, LABEL, 'iso8601');
      else if (m.location === 'querystring') this.add(table, m, QUERY, 'iso8601');
      else if (m.location === 'header') this.add(table, m, HEADER, 'rfc822');
      else if (m.location === 'headers') this.add(table, m, PREFIX, 'rfc822');
    }
    this.members = new MemberIndex(
      this.slots.map((s) => s.bound.name),
      this.slots.map((s) => s.bound.token),
    );
  }

  private add(table: ShapeTable, m: MemberDescriptor, at: Slot['at'], fallback: 'iso8601' | 'rfc822'): void {
    const bound = bind(table, m, fallback);
    const labels = this.uri.labels.flatMap((l, k) => (at === LABEL && l === bound.wire ? [k] : []));
    const map = bound.shape === 'map' || bound.shape === 'mapOfLists';
    const prefix = at === PREFIX ? new PrefixNames(bound.wire) : undefined;
    const names = prefix && new RememberedKeys((key) => prefix.of(key));
    this.slots.push({ bound, at, labels, key: percentEncode(bound.wire), map, names });
  }

  apply(input: Record<string, unknown>): BoundRequest {
    const found = this.members.present(input, this.randomId);
    const slots = this.slots;
    const labels = new Array<string | undefined>(this.uri.labels.length);
    const headers: Record<string, string> = {};
    let query = this.uri.query;
    let named: Set<string> | undefined;
    let prefixes = false;
    for (let k = 0; k < found.length; k += 2) {
      const s = slots[found[k] as number];
      const v = found[k + 1];
      const b = s.bound;
      if (s.at === HEADER) headers[b.wire] = Array.isArray(v) ? listHeader(b, v) : b.text(v);
      else if (s.at === LABEL) {
        const text = b.text(v);
        for (let j = 0; j < s.labels.length; j++) labels[s.labels[j]] = text;
      } else if (s.at === QUERY) {
        // A member bound to a parameter by name wins over a map entry with that key.
        if (s.map) named ??= namedParameters(slots, found);
        query = appendParameter(query, s, v, named);
      } else prefixes = true;
    }
    // Prefix maps after the single headers, as the model's order would not say which wins.
    if (prefixes) {
      for (let k = 0; k < found.length; k += 2) {
        const s = slots[found[k] as number];
        if (s.at === PREFIX) prefixHeaders(headers, s, found[k + 1]);
      }
    }
    let path = this.uri.pathOf(labels);
    if (query !== '') path += '?' + query;
    return { path, headers };
  }

  /** Where the bindings may set the header `name` (lowercase), for {@link holdsHeader}. */
  headerCheck(name: string): HeaderCheck {
    const wires: string[] = [];
    let prefixed = false;
    for (const { bound, at } of this.slots) {
      const lower = bound.lower;
      if (at === HEADER && lower === name) wires.push(bound.wire);
      else if (at === PREFIX && name.startsWith(lower)) prefixed = true;
    }
    return { name, wires, prefixed };
  }
}

function listHeader(b: Bound, v: readonly unknown[]): string {
  return joinHeaderList(v.filter((x) => x != null).map(b.text), b.quote);
}

function prefixHeaders(headers: Record<string, string>, s: Slot, v: unknown): void {
  if (typeof v !== 'object' || v === null) return;
  let j = 0;
  for (const key in v) {
    const x = (v as Record<string, unknown>)[key];
    const name = s.names!.at(j++, key);
    if (x != null && hasOwn(v, key) && !isUnsafeKey(key)) headers[name!] = s.bound.text(x);
  }
}

/** The parameter names that the query members other than maps set. */
function namedParameters(slots: readonly Slot[], found: readonly unknown[]): Set<string> {
  const named = new Set<string>();
  for (let k = 0; k < found.length; k += 2) {
    const s = slots[found[k] as number];
    if (s.at === QUERY && !s.map) named.add(s.bound.wire);
  }
  return named;
}

/** `key=value`, the key already encoded, appended to a query string being built. */
function appendPair(query: string, key: string, value: string): string {
  const pair = key + '=' + percentEncode(value);
  return query === '' ? pair : query + '&' + pair;
}

/** `query` with the parameters of one query member appended. */
function appendParameter(query: string, s: Slot, v: unknown, named: ReadonlySet<string> | undefined): string {
  const b = s.bound;
  if (b.shape === 'scalar') return appendPair(query, s.key, b.text(v));
  if (b.shape === 'list') {
    if (Array.isArray(v)) for (const x of v) if (x != null) query = appendPair(query, s.key, b.text(x));
    return query;
  }
  if (typeof v !== 'object' || v === null) return query;
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    if (x == null || isUnsafeKey(key) || named?.has(key)) continue;
    const encoded = percentEncode(key);
    if (b.shape === 'map') query = appendPair(query, encoded, b.text(x));
    else if (Array.isArray(x)) for (const y of x) if (y != null) query = appendPair(query, encoded, b.text(y));
  }
  return query;
}
