/** Known differences of the XML protocols (REST-XML, Query, EC2) alike. See ../exceptions.ts. */
import type { Exception, Found } from '../support/exceptions.js';

const XML = /^(rest-xml|query|ec2)$/;

/** `[]`, or an object whose every member is such (v2's default lists inside an empty structure). */
function emptyDefaults(v: unknown): boolean {
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object' && v !== null && !(v instanceof Uint8Array) && !(v instanceof Date)) return Object.values(v).every(emptyDefaults);
  return false;
}

export const XML_COMMON: readonly Exception[] = [
  {
    id: 'xml-default-lists',
    kind: 'v2-behaviour',
    check: 'response',
    path: /^output\./,
    when: (d: Found) => XML.test(d.protocol) && d.ours === undefined && emptyDefaults(d.theirs),
    reason:
      'A list the response leaves out (or an empty flattened one), or an empty payload structure: v2 gives `[]` ' +
      '(xml/node_parser.js parseStructure, `memberShape.defaultValue` unless xmlNoDefaultLists) and `{}`; botocore and v3 ' +
      'leave the member out, and so does shapegen: absent is not empty.',
  },
  {
    id: 'xml-whitespace-text',
    kind: 'v2-behaviour',
    check: 'response',
    path: /^output\./,
    when: (d: Found) => XML.test(d.protocol) && typeof d.ours === 'string' && d.ours.trim() === '' && d.theirs === '',
    reason:
      'Text that is only whitespace (`<Key>\\n</Key>`): v2 reads it as `""` (xml2js drops whitespace-only text nodes); ' +
      'botocore (ElementTree) and shapegen keep the text as sent.',
  },
  {
    id: 'xml-status-as-code',
    kind: 'shapegen-choice',
    check: 'error',
    path: /^error\.code$/,
    when: (d: Found) => XML.test(d.protocol) && typeof d.ours === 'string' && d.ours === `Http${String(d.theirs)}Error`,
    reason:
      'An error response whose body names no code (S3 without a body, for a status S3 has no name for): v2 gives the status ' +
      'as a number (`503`), botocore as text (`"503"`); shapegen names it `Http503Error` (runtime/rest.ts), a string a catch can match.',
  },
];
