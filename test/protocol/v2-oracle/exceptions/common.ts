/** Known differences that show in every protocol (or first showed in AWS JSON). See ../exceptions.ts. */
import type { Exception, Found } from '../support/exceptions.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const oursAbsent = (d: Found) => d.ours === undefined;

/** Both dates, 1 ms apart, v2's the earlier: v2 truncated a fractional-second time. */
const oneMsEarlier = (d: Found) => d.ours instanceof Date && d.theirs instanceof Date && d.ours.getTime() - d.theirs.getTime() === 1;

export const COMMON: readonly Exception[] = [
  {
    id: 'json-null-member',
    kind: 'v2-behaviour',
    check: 'response',
    path: /^output\./,
    when: (d) => oursAbsent(d) && d.theirs === null,
    reason:
      'A JSON `null` member: v2 keeps it as null (json/parser.js translateScalar passes null through); botocore ' +
      '(BaseJSONParser._handle_structure skips None) and v3 leave the member out, and so does shapegen (README: nulls never reach an output).',
  },
  {
    id: 'error-without-message',
    kind: 'shapegen-choice',
    check: 'error',
    path: /^error\.message$/,
    when: (d) => d.theirs === null || d.theirs === '' || d.theirs === undefined,
    reason:
      'An error response without a message: v2 gives null, shapegen names the code and status ("<Code> (HTTP <status>)", ' +
      'runtime/errors.ts errorMessageOf), so that an Error is never without a message.',
  },
  {
    id: 'epoch-float-truncation',
    kind: 'v2-bug',
    check: 'response',
    path: /^output\./,
    when: oneMsEarlier,
    reason:
      'Epoch seconds with milliseconds (1088416278.261): v2 makes `new Date(seconds * 1000)`, and the float product ' +
      '(1088416278260.9998) truncates to the millisecond before (.260). botocore (datetime.fromtimestamp rounds to the ' +
      'microsecond) and v3 give .261, and so does shapegen (runtime/timestamps.ts rounds).',
  },
  {
    id: 'map-key-proto',
    kind: 'shapegen-choice',
    check: 'request',
    path: /\.__proto__$/,
    when: (d) => oursAbsent(d),
    reason:
      'A map key `__proto__`: shapegen drops it (README: it never reaches the wire or an output; assigned, it would set ' +
      'the prototype); v2 sends it. `constructor` and `prototype` are kept as data, as v2 keeps them.',
  },
  {
    id: 'eventbridge-endpoint-id',
    kind: 'v2-behaviour',
    service: 'EventBridge',
    operation: 'PutEvents',
    check: 'request',
    path: /^throws$/,
    when: (d) => /EndpointId is not supported/.test(String(d.theirs)),
    reason:
      'PutEvents with an EndpointId (a global endpoint): v2 refuses to build it (services/eventbridge.js: "EndpointId is ' +
      'not supported in current SDK"), as it cannot sign with SigV4a; shapegen serializes it.',
  },
  {
    id: 'empty-idempotency-token',
    kind: 'v2-behaviour',
    check: 'request',
    path: /./,
    when: (d) => d.ours === '' && typeof d.theirs === 'string' && UUID.test(d.theirs),
    reason:
      'An idempotency token given as `""`: v2 replaces any falsy top-level token with a new UUID ' +
      '(event_listeners.js, the idempotency listener: `if (!params[name])`); botocore fills a token only when the member is absent, and so does shapegen: `""` is what the caller gave.',
  },
];
