/** Known differences of the REST protocols (REST-JSON and REST-XML) alike. See ../exceptions.ts. */
import type { Exception, Found } from '../support/exceptions.js';

const REST = /^rest-/;

/** Text of an ISO 8601 timestamp, and the same instant with its fraction of a second dropped. */
const isoWithoutMillis = (d: Found) =>
  typeof d.ours === 'string' && typeof d.theirs === 'string' && /\.\d{3}Z$/.test(d.ours) && d.ours.replace(/\.\d{3}Z$/, 'Z') === d.theirs;

const emptyBody = (v: unknown) => v === '' || (v instanceof Uint8Array && v.byteLength === 0);

export const REST_COMMON: readonly Exception[] = [
  {
    id: 'rest-octet-stream',
    kind: 'v2-behaviour',
    check: 'request',
    path: /^headers\.content-type$/,
    when: (d) => REST.test(d.protocol) && d.ours === 'application/octet-stream' && d.theirs === 'binary/octet-stream',
    reason:
      'A blob payload without a Content-Type member: v2 labels it `binary/octet-stream` (protocol/rest_json.js ' +
      'applyContentTypeHeader); botocore (serialize.py, BaseRestSerializer) and v3 send `application/octet-stream`, and so does shapegen.',
  },
  {
    id: 'rest-iso8601-millis',
    kind: 'v2-behaviour',
    check: 'request',
    path: /./,
    when: (d) => REST.test(d.protocol) && isoWithoutMillis(d),
    reason:
      'An ISO 8601 timestamp with milliseconds: v2 drops the fraction (util.date.iso8601 removes `.SSS`); botocore ' +
      '(_timestamp_iso8601 keeps microseconds when there are any) and v3 keep it, and so does shapegen: the instant sent is the one given.',
  },
  {
    id: 'rest-no-body-on-get',
    kind: 'v2-behaviour',
    check: 'request',
    path: /^(body|headers\.content-type)$/,
    when: (d) => REST.test(d.protocol) && ['GET', 'HEAD', 'DELETE'].includes(d.method) && d.ours !== undefined && (emptyBody(d.theirs) || d.theirs === undefined),
    reason:
      'Body members on a GET (EFS DescribeAccountPreferences): v2 never sends a body on GET, HEAD or DELETE ' +
      '(protocol/rest_json.js METHODS_WITHOUT_BODY), so those members are lost; botocore serializes them, and so does shapegen.',
  },
  {
    id: 'rest-empty-blob-payload',
    kind: 'v2-behaviour',
    check: 'response',
    path: /^output\.[^.]+$/,
    when: (d) => REST.test(d.protocol) && d.ours === undefined && emptyBody(d.theirs),
    reason:
      'An empty response body for a blob payload member: v2 gives an empty Buffer (or `""`); the Smithy case ' +
      'RestJsonHttpPayloadTraitsWithNoBlobBody (in botocore\'s output tests) expects the member absent, and so shapegen leaves it out.',
  },
];
