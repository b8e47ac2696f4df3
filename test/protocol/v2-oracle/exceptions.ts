/**
 * Every known difference between shapegen and the AWS SDK for JavaScript v2, with its reason. A difference
 * the oracle finds that no entry explains fails the suite. `shapegen-bug` entries are bugs of ours
 * recorded in FINDINGS.md; the suite fails when one of them no longer explains anything (the bug was
 * fixed: remove the entry).
 */
import type { Exception, Found } from './support/exceptions.js';

const oursAbsent = (d: Found) => d.ours === undefined;

export const EXCEPTIONS: readonly Exception[] = [
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
];
