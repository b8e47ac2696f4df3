/**
 * Compiles shape descriptors into XML writers: one function per shape, built once and cached, that writes
 * a caller's value as an element. Members go out in the model's order (the order of the service's XML
 * schema, which some services check); only modeled members are read, nulls are left out, a missing
 * idempotency token is filled. Text and attribute values are escaped by the `entities` library, and the
 * characters a parser would normalise (`\r`; in attributes also `\n`, `\t`) as character references.
 */
import { escapeUTF8 } from 'entities/escape';
import { hasOwn, inRequestBody, isUnsafeKey, type ListDescriptor, type MapDescriptor, type MemberDescriptor, type ShapeTable, type XmlNamespace } from './descriptors.js';
import { textWriter, type ToText } from './http-text.js';

/**
 * Escapes text for XML: the `entities` library's escaping, plus the characters XML parsers would
 * otherwise normalise away: `\r` in text (end-of-line handling makes it `\n`), and `\r`, `\n`, `\t` in
 * attribute values (attribute-value normalisation makes them spaces), as character references.
 */
const NORMALISED = /[\r\n\t]/;

function escapeText(text: string): string {
  const escaped = escapeUTF8(text);
  return escaped.indexOf('\r') < 0 ? escaped : escaped.replace(/\r/g, '&#13;');
}

function escapeAttribute(text: string): string {
  const escaped = escapeUTF8(text);
  return NORMALISED.test(escaped) ? escaped.replace(/[\r\n\t]/g, (c) => `&#${c.charCodeAt(0)};`) : escaped;
}

/** Writes `value` as the element `name` (declaring `ns` on it), or returns undefined to leave it out. */
export type XmlWriter = (value: any, name: string, ns?: XmlNamespace) => string | undefined;

interface Field {
  readonly name: string;
  readonly wire: string;
  readonly xmlns?: XmlNamespace;
  readonly attribute?: ToText;
  readonly token: boolean;
  write: XmlWriter;
}


/** ` xmlns="uri"` or ` xmlns:prefix="uri"`. */
export function namespaceAttribute(ns: XmlNamespace | undefined): string {
  if (ns === undefined) return '';
  return (ns.prefix ? ` xmlns:${ns.prefix}="` : ' xmlns="') + escapeAttribute(ns.uri) + '"';
}

function scalarWriter(text: ToText): XmlWriter {
  return (value, name, ns) => `<${name}${namespaceAttribute(ns)}>${escapeText(text(value))}</${name}>`;
}

function structureWriter(fields: readonly Field[], own: XmlNamespace | undefined, randomId: () => string): XmlWriter {
  return (value, name, ns) => {
    if (typeof value !== 'object' || value === null) return undefined;
    let attributes = namespaceAttribute(ns ?? own);
    let inner = '';
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      let x = hasOwn(value, f.name) ? value[f.name] : undefined;
      if (x == null) {
        if (!f.token) continue;
        x = randomId();
      }
      if (f.attribute) attributes += ` ${f.wire}="${escapeAttribute(f.attribute(x))}"`;
      else inner += f.write(x, f.wire, f.xmlns) ?? '';
    }
    return `<${name}${attributes}>${inner}</${name}>`;
  };
}

function listWriter(d: ListDescriptor, flattened: boolean, box: { w: XmlWriter }): XmlWriter {
  const itemName = d.memberName ?? 'member';
  return (value, name, ns) => {
    if (!Array.isArray(value)) return undefined;
    let inner = '';
    for (const x of value) {
      if (x == null) continue;
      inner += (flattened ? box.w(x, name, ns ?? d.memberXmlns) : box.w(x, itemName, d.memberXmlns)) ?? '';
    }
    return flattened ? inner : `<${name}${namespaceAttribute(ns)}>${inner}</${name}>`;
  };
}

function mapWriter(d: MapDescriptor, flattened: boolean, box: { w: XmlWriter }): XmlWriter {
  const keyName = d.keyName ?? 'key';
  const valueName = d.valueName ?? 'value';
  const keyNs = namespaceAttribute(d.keyXmlns);
  return (value, name, ns) => {
    if (typeof value !== 'object' || value === null) return undefined;
    let inner = '';
    for (const key of Object.keys(value)) {
      const x = value[key];
      if (x == null || isUnsafeKey(key)) continue;
      const entry = `<${keyName}${keyNs}>${escapeText(key)}</${keyName}>` + (box.w(x, valueName, d.valueXmlns) ?? '');
      inner += flattened ? `<${name}${namespaceAttribute(ns)}>${entry}</${name}>` : `<entry>${entry}</entry>`;
    }
    return flattened ? inner : `<${name}${namespaceAttribute(ns)}>${inner}</${name}>`;
  };
}

/** Writers for one shape table, compiled on first use. */
export class XmlWriters {
  private readonly cache = new Map<string, XmlWriter>();

  constructor(
    private readonly table: ShapeTable,
    private readonly randomId: () => string = () => crypto.randomUUID(),
  ) {}

  /** The writer of `ref`; `flattened` applies to a list or map the member marks flattened. */
  writer(ref: string, flattened = false): XmlWriter {
    const key = flattened ? ref + ' flat' : ref;
    const known = this.cache.get(key);
    if (known) return known;
    const d = hasOwn(this.table, ref) ? this.table[ref] : undefined;
    if (d === undefined || d.type === 'timestamp') {
      if (d === undefined && !ref.startsWith('$')) throw new Error(`shapegen runtime: no descriptor for shape ${ref}`);
      return this.remember(key, scalarWriter(textWriter(this.table, ref, undefined, 'iso8601')));
    }
    const box: { w: XmlWriter } = { w: () => undefined };
    switch (d.type) {
      case 'list':
        this.remember(key, listWriter(d, flattened || d.flattened === true, box));
        box.w = this.writer(d.member);
        return this.cache.get(key)!;
      case 'map':
        this.remember(key, mapWriter(d, flattened || d.flattened === true, box));
        box.w = this.writer(d.value);
        return this.cache.get(key)!;
      case 'structure': {
        const fields: Field[] = [];
        this.remember(key, structureWriter(fields, d.xmlns, this.randomId));
        for (const m of d.members) if (inRequestBody(m)) fields.push(this.field(m));
        return this.cache.get(key)!;
      }
    }
  }

  private field(m: MemberDescriptor): Field {
    const common = { name: m.name, wire: m.wire ?? m.name, xmlns: m.xmlns, token: m.idempotencyToken === true };
    if (m.attribute) return { ...common, attribute: textWriter(this.table, m.shape, m, 'iso8601'), write: () => undefined };
    if (m.timestampFormat !== undefined) return { ...common, write: scalarWriter(textWriter(this.table, m.shape, m, 'iso8601')) };
    return { ...common, write: this.writer(m.shape, m.flattened === true) };
  }

  private remember(key: string, w: XmlWriter): XmlWriter {
    this.cache.set(key, w);
    return w;
  }
}
