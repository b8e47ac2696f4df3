/**
 * Request bodies compared as botocore's harness compares them (PROVENANCE.md): the same bytes, or else
 * equal as JSON (json, rest-json), equal after XML canonicalisation (rest-xml), nothing else for query and
 * ec2. The XML is canonicalised with fast-xml-parser, a parser independent of the runtime's own.
 */
import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';

const canonical = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  trimValues: true,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
});

/** The XML as an order-preserving tree: whitespace between elements dropped, attributes by name. */
export function canonicalXml(text: string): unknown {
  return canonical.parse(text);
}

export function bodyString(body: unknown): string {
  if (body === undefined) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  throw new Error(`unexpected body ${Object.prototype.toString.call(body)}`);
}

export function expectBody(protocol: string, actual: string, expected: string): void {
  if (actual === expected) return;
  if (protocol === 'json' || protocol === 'rest-json') {
    expect(actual === '' ? '' : JSON.parse(actual), 'body as JSON').toEqual(expected === '' ? '' : JSON.parse(expected));
  } else if (protocol === 'rest-xml') {
    expect(canonicalXml(actual), `body as canonical XML:\n${actual}`).toEqual(canonicalXml(expected));
  } else {
    expect(actual, 'body').toBe(expected);
  }
}
