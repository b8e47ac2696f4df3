/** The shape of an entry in the exceptions table (test/protocol/v2-oracle/exceptions.ts) and its matching. */
import type { Difference } from './diff.js';

export type Check = 'request' | 'response' | 'error';

/** What a difference is known to be. */
export type ExceptionKind =
  /** v2 does something botocore (and v3) do not, and shapegen follows botocore. */
  | 'v2-behaviour'
  /** A documented or evident v2 bug. */
  | 'v2-bug'
  /** A deliberate shapegen behaviour (documented in the README) that v2 does not share. */
  | 'shapegen-choice'
  /** A bug in shapegen, recorded in FINDINGS.md and left for its owner to fix. */
  | 'shapegen-bug'
  /** A case the oracle cannot put to v2 the way a real response would reach it. */
  | 'not-compared';

/** The context a difference was found in. */
export interface Found extends Difference {
  readonly protocol: string;
  /** The v2 class name of the service (`S3`, `DynamoDB`). */
  readonly service: string;
  readonly operation: string;
  /** The operation's HTTP method (the model's `http.method`). */
  readonly method: string;
  readonly check: Check;
  /** The typed input (request, and the request a response answers). */
  readonly input: unknown;
}

export interface Exception {
  readonly id: string;
  readonly kind: ExceptionKind;
  readonly protocol?: string;
  readonly service?: string;
  readonly operation?: string | RegExp;
  readonly check: Check;
  /** Matches the difference's path (`body.Foo`, `headers.content-type`, `output.Items.0`). */
  readonly path: RegExp;
  /** A further condition on the values. */
  readonly when?: (d: Found) => boolean;
  readonly reason: string;
}

function matchName(want: string | RegExp | undefined, name: string): boolean {
  if (want === undefined) return true;
  return typeof want === 'string' ? want === name : want.test(name);
}

export function matches(e: Exception, d: Found): boolean {
  return (
    e.check === d.check &&
    (e.protocol === undefined || e.protocol === d.protocol) &&
    matchName(e.service, d.service) &&
    matchName(e.operation, d.operation) &&
    e.path.test(d.path) &&
    (e.when === undefined || e.when(d))
  );
}

/** The first exception that explains a difference, if any. */
export function explain(table: readonly Exception[], d: Found): Exception | undefined {
  return table.find((e) => matches(e, d));
}
