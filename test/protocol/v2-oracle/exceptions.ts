/**
 * Every known difference between shapegen and the AWS SDK for JavaScript v2, with its reason, by where it
 * shows (exceptions/): a difference the oracle finds that no entry explains fails the suite.
 * `shapegen-bug` entries are bugs of ours recorded in FINDINGS.md; the suite fails when one of them no
 * longer explains anything (the bug was fixed: remove the entry).
 */
import type { Exception } from './support/exceptions.js';
import { COMMON } from './exceptions/common.js';
import { REST_COMMON } from './exceptions/rest.js';
import { REST_JSON } from './exceptions/rest-json.js';
import { REST_XML } from './exceptions/rest-xml.js';
import { XML_COMMON } from './exceptions/xml.js';
import { QUERY } from './exceptions/query.js';
import { EC2 } from './exceptions/ec2.js';

export const EXCEPTIONS: readonly Exception[] = [...COMMON, ...REST_COMMON, ...REST_JSON, ...XML_COMMON, ...REST_XML, ...QUERY, ...EC2];
