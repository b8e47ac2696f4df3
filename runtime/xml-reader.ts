/**
 * Compiles shape descriptors into readers of parsed XML (xml-parse.ts): one function per shape, built once
 * and cached. Outputs are fresh plain objects with only modeled members; element names come from
 * `locationName`, lists and maps are wrapped (`<member>`, `<entry><key/><value/></entry>`) or flattened
 * (repeated elements), attributes are read where the model says so. Timestamps default to ISO 8601 but
 * any wire form is accepted.
 */
import { hasOwn, inResponseBody, isUnsafeKey, type MapDescriptor, type MemberDescriptor, setMember, type ShapeTable } from './descriptors.js';
import { textReader, type FromText } from './http-text.js';
import type { XmlElement } from './xml-parse.js';

/** Returns the output value, or undefined when the element holds none. */
export type XmlReader = (el: XmlElement) => unknown;

type Kind = 'single' | 'list' | 'map';

interface Field {
  readonly name: string;
  readonly kind: Kind;
  read: XmlReader;
  /** Another member the same element name belongs to (S3's deprecated `Event` and the flattened `Events`). */
  next?: Field;
  /** The element name belongs to more than this member. */
  shared?: boolean;
}

interface AttributeField {
  readonly name: string;
  readonly wire: string;
  readonly read: FromText;
}


function readField(out: Record<string, unknown>, f: Field, child: XmlElement): void {
  // A single member the element repeats for keeps its first value (as v2 and botocore's dict of nodes do).
  if (f.kind === 'single' && f.shared === true && hasOwn(out, f.name)) return;
  const v = f.read(child);
  if (v === undefined) return;
  if (f.kind === 'single') setMember(out, f.name, v);
  else if (f.kind === 'list') {
    const list = hasOwn(out, f.name) ? (out[f.name] as unknown[]) : undefined;
    if (list) list.push(v);
    else setMember(out, f.name, [v]);
  } else {
    const [key, value] = v as [string, unknown];
    const map = hasOwn(out, f.name) ? (out[f.name] as Record<string, unknown>) : undefined;
    if (map) map[key] = value;
    else setMember(out, f.name, { [key]: value });
  }
}

/** Adds a member's field under its element name, after any member that already has that name. */
function put(byName: Record<string, Field>, wire: string, f: Field): void {
  let last = byName[wire];
  if (last === undefined) {
    byName[wire] = f;
    return;
  }
  last.shared = f.shared = true;
  while (last.next !== undefined) last = last.next;
  last.next = f;
}

function structureReader(byName: Readonly<Record<string, Field>>, attributes: readonly AttributeField[]): XmlReader {
  return (el) => {
    const out: Record<string, unknown> = {};
    const children = el.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      for (let f: Field | undefined = byName[child.name]; f !== undefined; f = f.next) readField(out, f, child);
    }
    for (const a of attributes) {
      const text = el.attributes[a.wire];
      if (text === undefined) continue;
      const v = a.read(text);
      if (v !== undefined) setMember(out, a.name, v);
    }
    return out;
  };
}

function listReader(itemName: string, box: { r: XmlReader }): XmlReader {
  return (el) => {
    const out: unknown[] = [];
    for (const child of el.children) {
      if (child.name !== itemName) continue;
      const v = box.r(child);
      if (v !== undefined) out.push(v);
    }
    return out;
  };
}

/** One `<entry>` (or flattened element): `[key, value]`, or undefined without a key or with an unsafe one. */
function entryReader(d: MapDescriptor, box: { r: XmlReader }): XmlReader {
  const keyName = d.keyName ?? 'key';
  const valueName = d.valueName ?? 'value';
  return (entry) => {
    let key: string | undefined;
    let value: unknown;
    for (const c of entry.children) {
      if (c.name === keyName) key = c.text;
      else if (c.name === valueName) value = box.r(c);
    }
    return key === undefined || value === undefined || isUnsafeKey(key) ? undefined : [key, value];
  };
}

function mapReader(entry: XmlReader): XmlReader {
  return (el) => {
    const out: Record<string, unknown> = {};
    for (const child of el.children) {
      if (child.name !== 'entry') continue;
      const kv = entry(child) as [string, unknown] | undefined;
      if (kv) out[kv[0]] = kv[1];
    }
    return out;
  };
}

/** Readers for one shape table, compiled on first use. */
export class XmlReaders {
  private readonly cache = new Map<string, XmlReader>();
  private readonly entries = new Map<string, XmlReader>();

  constructor(private readonly table: ShapeTable) {}

  reader(ref: string): XmlReader {
    const known = this.cache.get(ref);
    if (known) return known;
    const d = hasOwn(this.table, ref) ? this.table[ref] : undefined;
    if (d === undefined || d.type === 'timestamp') {
      if (d === undefined && !ref.startsWith('$')) throw new Error(`shapegen runtime: no descriptor for shape ${ref}`);
      const text = textReader(this.table, ref, undefined, 'iso8601');
      return this.remember(ref, (el) => text(el.text));
    }
    // Each reader is cached before its parts are compiled, so recursive shapes find it.
    const box: { r: XmlReader } = { r: () => undefined };
    switch (d.type) {
      case 'list':
        this.remember(ref, listReader(d.memberName ?? 'member', box));
        box.r = this.reader(d.member);
        return this.cache.get(ref)!;
      case 'map':
        this.remember(ref, mapReader(this.entry(ref)));
        return this.cache.get(ref)!;
      case 'structure': {
        const byName: Record<string, Field> = Object.create(null);
        const attributes: AttributeField[] = [];
        this.remember(ref, structureReader(byName, attributes));
        const aliases: Array<[string, Field]> = [];
        for (const m of d.members) {
          if (!inResponseBody(m)) continue; // bound to a header or the status, not the body
          if (m.attribute) attributes.push({ name: m.name, wire: m.wire ?? m.name, read: textReader(this.table, m.shape, m, 'iso8601') });
          else this.addField(byName, m, aliases);
        }
        for (const [name, f] of aliases) if (byName[name] === undefined) byName[name] = f;
        return this.cache.get(ref)!;
      }
    }
  }

  private addField(byName: Record<string, Field>, m: MemberDescriptor, aliases: Array<[string, Field]>): void {
    const wire = m.wire ?? m.name;
    const d = hasOwn(this.table, m.shape) ? this.table[m.shape] : undefined;
    if (d?.type === 'list' && (m.flattened || d.flattened)) {
      // A flattened list's items carry the member's name (Smithy) or, in the AWS models of query services,
      // the list member's own (SQS's `<Message>`): both are read, a member's own name winning.
      const f: Field = { name: m.name, kind: 'list', read: this.reader(d.member) };
      put(byName, wire, f);
      if (d.memberName !== undefined && d.memberName !== wire) aliases.push([d.memberName, f]);
    } else if (d?.type === 'map' && (m.flattened || d.flattened)) {
      put(byName, wire, { name: m.name, kind: 'map', read: this.entry(m.shape) });
    } else if (m.timestampFormat !== undefined) {
      const text = textReader(this.table, m.shape, m, 'iso8601');
      put(byName, wire, { name: m.name, kind: 'single', read: (el) => text(el.text) });
    } else {
      put(byName, wire, { name: m.name, kind: 'single', read: this.reader(m.shape) });
    }
  }

  private entry(ref: string): XmlReader {
    let r = this.entries.get(ref);
    if (!r) {
      const d = this.table[ref] as MapDescriptor;
      const box: { r: XmlReader } = { r: () => undefined };
      r = entryReader(d, box);
      this.entries.set(ref, r);
      box.r = this.reader(d.value);
    }
    return r;
  }

  private remember(ref: string, r: XmlReader): XmlReader {
    this.cache.set(ref, r);
    return r;
  }
}
