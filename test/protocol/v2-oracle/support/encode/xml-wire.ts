/**
 * Typed values -> the XML a service sends (REST-XML bodies, Query and EC2 results), written from the
 * model as botocore's and v2's parsers read it: members under their `locationName`, in the model's order;
 * lists wrapped (`<member>` or the list member's `locationName`) or flattened (each item under the list
 * member's `locationName`, else the member's); maps as `<entry><key/><value/></entry>` (names from the
 * map's key and value `locationName`) or flattened; `xmlAttribute` members as attributes; namespaces
 * declared where the model gives them; timestamps ISO 8601 unless a `timestampFormat` says otherwise;
 * blobs base64. Text is escaped, `\r` as a character reference so that it survives end-of-line handling.
 */
import type { IRMember, IRService } from '../../../../../generator/ir/types.js';
import { formatOf, timestampText } from './json-wire.js';

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#13;'));
}

interface Namespace {
  readonly uri: string;
  readonly prefix?: string;
}

function namespaceOf(traits: Readonly<Record<string, unknown>> | undefined): Namespace | undefined {
  const ns = traits?.xmlNamespace as Namespace | string | undefined;
  if (ns === undefined) return undefined;
  return typeof ns === 'string' ? { uri: ns } : ns;
}

export function xmlnsAttribute(ns: Namespace | undefined): string {
  if (ns === undefined) return '';
  return `${ns.prefix ? ` xmlns:${ns.prefix}` : ' xmlns'}="${escapeXml(ns.uri)}"`;
}

export interface XmlWireOptions {
  /** Structure members to leave out of the root (REST-XML members bound to headers, status or payload). */
  readonly skip?: (member: IRMember) => boolean;
  /** Add an element no model names to structures (a client must ignore it). */
  readonly noise?: boolean;
}

/** The text of a scalar in XML. */
export function scalarText(service: IRService, target: string, value: unknown, member?: IRMember): string {
  const shape = service.shape(target);
  if (shape.type === 'timestamp') return String(timestampText(value as Date, formatOf(service, target, member, 'iso8601')));
  if (shape.type === 'blob') return Buffer.from(value as Uint8Array).toString('base64');
  return String(value);
}

export class XmlWire {
  constructor(
    private readonly service: IRService,
    private readonly options: XmlWireOptions = {},
  ) {}

  /** `value` of shape `target` as the element `name` (with `attrs`, e.g. a namespace declaration). */
  element(target: string, value: unknown, name: string, attrs = '', member?: IRMember, root = true): string {
    const shape = this.service.shape(target);
    switch (shape.type) {
      case 'structure':
        return this.structure(target, value as Record<string, unknown>, name, attrs, root);
      case 'list': {
        const itemName = (shape.member.traits.locationName as string | undefined) ?? 'member';
        const ns = xmlnsAttribute(namespaceOf(shape.member.traits));
        const items = (value as unknown[]).map((v) => this.element(shape.member.target, v, itemName, ns, undefined, false));
        return `<${name}${attrs}>${items.join('')}</${name}>`;
      }
      case 'map':
        return `<${name}${attrs}>${this.entries(target, value as Record<string, unknown>, 'entry', '')}</${name}>`;
      default:
        return `<${name}${attrs}>${escapeXml(scalarText(this.service, target, value, member))}</${name}>`;
    }
  }

  /** A map's entries, each in an element `entryName`. */
  private entries(target: string, value: Record<string, unknown>, entryName: string, attrs: string): string {
    const shape = this.service.shape(target);
    if (shape.type !== 'map') throw new Error(`${target} is not a map`);
    const keyName = (shape.key.traits.locationName as string | undefined) ?? 'key';
    const valueName = (shape.value.traits.locationName as string | undefined) ?? 'value';
    return Object.entries(value)
      .map(([k, v]) => `<${entryName}${attrs}><${keyName}>${escapeXml(k)}</${keyName}>${this.element(shape.value.target, v, valueName, '', undefined, false)}</${entryName}>`)
      .join('');
  }

  private structure(target: string, value: Record<string, unknown>, name: string, attrs: string, root: boolean): string {
    const shape = this.service.shape(target);
    if (shape.type !== 'structure') throw new Error(`${target} is not a structure`);
    let attributes = attrs;
    let inner = '';
    for (const m of shape.members) {
      if (root && this.options.skip?.(m)) continue;
      const v = hasOwn(value, m.name) ? value[m.name] : undefined;
      if (v === undefined) continue;
      const ns = namespaceOf(m.traits);
      if (m.traits.xmlAttribute === true) {
        if (ns?.prefix) attributes += xmlnsAttribute(ns);
        attributes += ` ${m.wireName}="${escapeXml(scalarText(this.service, m.target, v, m))}"`;
        continue;
      }
      inner += this.member(m, v, xmlnsAttribute(ns));
    }
    if (this.options.noise) inner += '<UnknownElementOfTheFuture><nested>1</nested></UnknownElementOfTheFuture>';
    return `<${name}${attributes}>${inner}</${name}>`;
  }

  /** A member's element name: its locationName, else its list's or map's (SQS's TagMap is `Tag`), else its name. */
  private nameOf(m: IRMember): string {
    const shape = this.service.shape(m.target);
    const own = m.traits.locationName as string | undefined;
    const collection = shape.type === 'list' || shape.type === 'map' ? (shape.traits.locationName as string | undefined) : undefined;
    return own ?? collection ?? m.name;
  }

  private member(m: IRMember, v: unknown, ns: string): string {
    const shape = this.service.shape(m.target);
    const wireName = this.nameOf(m);
    const flattened = m.traits.flattened === true || shape.traits.flattened === true;
    if (flattened && shape.type === 'list') {
      const itemName = (shape.member.traits.locationName as string | undefined) ?? wireName;
      return (v as unknown[]).map((x) => this.element(shape.member.target, x, itemName, ns, undefined, false)).join('');
    }
    if (flattened && shape.type === 'map') return this.entries(m.target, v as Record<string, unknown>, wireName, ns);
    return this.element(m.target, v, wireName, ns, m, false);
  }
}
