/**
 * Where the XML protocols put an error: REST-XML and Query in `<ErrorResponse><Error>` (S3 in a bare
 * `<Error>`), EC2 in `<Response><Errors><Error>`, each with `<Code>` and `<Message>`, the request id beside
 * (`RequestId`, EC2's `RequestID`).
 */
import { childNamed, parseXml, type XmlElement } from './xml-parse.js';

const BLANK = /^\s*$/;

/** The `<Error>` element of an XML error body and the document's root; empty when the body is not one. */
export function xmlErrorElement(text: string): { error?: XmlElement; root?: XmlElement } {
  if (BLANK.test(text)) return {};
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch {
    return {}; // Not XML (a proxy's HTML page, say): the raw text stays available as the error's `body`.
  }
  if (root.name === 'Error') return { error: root, root };
  if (root.name === 'ErrorResponse') return { error: childNamed(root, 'Error'), root };
  const errors = root.name === 'Response' ? childNamed(root, 'Errors') : undefined;
  return { error: errors ? childNamed(errors, 'Error') : undefined, root };
}

/** The trimmed text of a child element, undefined when absent or empty. */
export function textOf(el: XmlElement | undefined, name: string): string | undefined {
  const child = el ? childNamed(el, name) : undefined;
  return child?.text.trim() || undefined;
}

/** The request id of an XML error: in the `<Error>` element or beside it. */
export function requestIdOf(error: XmlElement | undefined, root: XmlElement | undefined): string | undefined {
  return textOf(error, 'RequestId') ?? textOf(root, 'RequestId') ?? textOf(root, 'RequestID');
}
