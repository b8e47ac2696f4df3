/**
 * XML text -> a light element tree, with htmlparser2 in XML mode (see the README for why this parser).
 * It decodes only XML's own entities (`&amp;` and friends, `&#...;`): a DOCTYPE, the only way an input
 * could declare entities of its own, is refused outright, so nothing from the input is ever expanded.
 * Element names lose their namespace prefix (`<s3:Key>` is `Key`); attribute names keep theirs
 * (`xsi:type`). Nesting deeper than {@link MAX_XML_DEPTH} is refused (the parser's close-tag handling is
 * quadratic in depth, and no AWS response nests so deep).
 */
import { Parser } from 'htmlparser2';
import { isUnsafeKey } from './descriptors.js';

export interface XmlElement {
  /** The local name: the tag without its namespace prefix. */
  readonly name: string;
  /** Attributes by name as written, prototype-less (`__proto__`-style names are dropped). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (CDATA included), entities decoded, not trimmed. */
  text: string;
}

export const MAX_XML_DEPTH = 200;

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(`Invalid XML in the response: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(Object.create(null));

function localName(tag: string): string {
  const colon = tag.indexOf(':');
  return colon < 0 ? tag : tag.slice(colon + 1);
}

function copyAttributes(attribs: Record<string, string>): Readonly<Record<string, string>> {
  const keys = Object.keys(attribs);
  if (keys.length === 0) return NO_ATTRIBUTES;
  const out: Record<string, string> = Object.create(null);
  for (const k of keys) if (!isUnsafeKey(k)) out[k] = attribs[k];
  return out;
}

/** The document's root element; throws XmlSyntaxError for a DOCTYPE, no element at all, or too deep a tree. */
export function parseXml(text: string): XmlElement {
  const roots: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let current: XmlElement | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: XmlElement = { name: localName(name), attributes: copyAttributes(attribs), children: [], text: '' };
        if (current) current.children.push(el);
        else roots.push(el);
        if (stack.length >= MAX_XML_DEPTH) throw new XmlSyntaxError(`elements nest deeper than ${MAX_XML_DEPTH} levels`);
        stack.push(el);
        current = el;
      },
      ontext(data) {
        if (current) current.text += data;
      },
      onclosetag() {
        stack.pop();
        current = stack.length > 0 ? stack[stack.length - 1] : undefined;
      },
      onprocessinginstruction(name) {
        if (name.toLowerCase() === '!doctype') throw new XmlSyntaxError('a DOCTYPE is not accepted');
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  if (roots.length === 0) throw new XmlSyntaxError('no element');
  return roots[0];
}

/** The first child element with the given local name. */
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}
