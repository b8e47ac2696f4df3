/** Known differences of REST-JSON. See ../exceptions.ts. */
import type { Exception, Found } from '../support/exceptions.js';

const isEmptyObject = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length === 0;

export const REST_JSON: readonly Exception[] = [
  {
    id: 'rest-json-empty-object-body',
    kind: 'v2-behaviour',
    protocol: 'rest-json',
    check: 'request',
    path: /^(body|headers\.content-type)$/,
    when: (d: Found) => (d.path === 'body' ? d.ours === '' && isEmptyObject(d.theirs) : d.ours === undefined && d.theirs === 'application/json'),
    reason:
      'A POST or PUT whose input has no body member (AppSync StartSchemaMerge, XRay GetEncryptionConfig): v2 sends `{}` ' +
      'as application/json (protocol/rest_json.js populateBody builds a body whenever the method allows one); botocore ' +
      '(RestJSONSerializer._requires_empty_body: only when the input has body members) sends no body, and so does shapegen.',
  },
  {
    id: 'rest-json-blob-payload-decoded',
    kind: 'v2-bug',
    protocol: 'rest-json',
    check: 'response',
    path: /^output\.[^.]+$/,
    when: (d: Found) => d.ours instanceof Uint8Array && !(d.theirs instanceof Uint8Array),
    reason:
      'A non-streaming blob payload (Lambda Invoke\'s Payload): v2 passes the raw body through BinaryShape.toType ' +
      '(protocol/rest_json.js extractData, `payloadMember.type === "binary"` never holds for a `blob`), which base64-decodes ' +
      'bytes that are not base64; botocore and v3 give the body\'s bytes, and so does shapegen.',
  },
  {
    id: 'rest-json-event-stream-reference-error',
    kind: 'v2-bug',
    protocol: 'rest-json',
    check: 'response',
    path: /^output$/,
    when: (d: Found) => /ReferenceError: payload is not defined/.test(JSON.stringify(d.theirs)),
    reason:
      'An event-stream payload (Lambda InvokeWithResponseStream): v2 throws `ReferenceError: payload is not defined` ' +
      '(protocol/rest_json.js extractData writes `resp.data[payload]`, a variable that does not exist); shapegen gives the stream.',
  },
  {
    id: 'jsonvalue-header-string',
    kind: 'v2-behaviour',
    protocol: 'rest-json',
    check: 'request',
    path: /^headers\./,
    when: (d: Found) =>
      typeof d.ours === 'string' && typeof d.theirs === 'string' &&
      Buffer.from(d.theirs, 'base64').toString('utf8') === JSON.stringify(Buffer.from(d.ours, 'base64').toString('utf8')),
    reason:
      'A `jsonvalue` header given a string (IoT Data Publish userProperties): v2 JSON-encodes the string again ' +
      '(`"..."`) before base64; shapegen, like v3 (LazyJsonString) and the Smithy case MediaTypeHeaderInputBase64, takes ' +
      'the string as the JSON text and base64-encodes it as it is.',
  },
  {
    id: 'glacier-empty-body-throws',
    kind: 'v2-bug',
    protocol: 'rest-json',
    service: 'Glacier',
    check: 'request',
    path: /^throws$/,
    when: (d: Found) => d.ours === 'built' && /Cannot read properties of undefined \(reading 'length'\)/.test(String(d.theirs)),
    reason:
      'Glacier with an empty body: v2 throws (services/glacier.js buildHashTree of no 1 MB chunks reads `hashes[0].length`); ' +
      'the tree hash of no bytes is the SHA-256 of nothing, and shapegen builds the request.',
  },
  {
    id: 'jsonvalue-body-member',
    kind: 'v2-behaviour',
    protocol: 'rest-json',
    check: 'request',
    path: /^body\./,
    when: (d: Found) => typeof d.ours === 'string' && d.theirs === JSON.stringify(d.ours),
    reason:
      'A `jsonvalue` string member in a JSON body (Schemas PutResourcePolicy\'s Policy): v2 JSON-encodes the value into ' +
      'the string (json/builder.js), so a caller\'s JSON text arrives quoted; botocore ignores the trait in bodies and v3 ' +
      'sends the text as it is (LazyJsonString), and so does shapegen.',
  },
  {
    id: 'jsonvalue-body-member-response',
    kind: 'v2-behaviour',
    protocol: 'rest-json',
    check: 'response',
    path: /^output$/,
    when: (d: Found) => /SyntaxError: (.*is not valid JSON|Unexpected end of JSON input)/.test(JSON.stringify(d.theirs)),
    reason:
      'The same member in a response: v2 parses the string as JSON (json/parser.js) and fails on text that is not JSON; ' +
      'shapegen, like botocore and v3, gives the string as sent.',
  },
];
