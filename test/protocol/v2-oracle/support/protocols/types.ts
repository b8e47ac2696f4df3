/** What the oracle needs to know of a wire protocol: how request bodies compare, how services answer. */
import type { IROperation, IRService } from '../../../../../generator/ir/types.js';
import type { BodyKind } from '../requests.js';
import type { RawResponse } from '../v2.js';

export interface ErrorCase {
  /** The error's code on the wire (its shape name, or the `error.code` the model gives it). */
  readonly code: string;
  /** The error's shape when it is modeled (the typed members to send), else absent. */
  readonly shape?: string;
  /** The service's model names the error (its shape may still be missing from the catalog's model). */
  readonly modeled: boolean;
  readonly members?: Record<string, unknown>;
  readonly message: string;
  readonly status: number;
  readonly requestId: string;
  /** Which of the protocol's ways of naming the code to use (e.g. AWS JSON: body `__type` or header). */
  readonly variant: number;
}

export interface ProtocolHarness {
  readonly name: string;
  /** How many ways the protocol has of sending an error (ErrorCase.variant is below this). */
  readonly errorVariants: number;
  /** Makes a generated input one both sides can take (e.g. SQS's QueueUrl, which v2 sends the request to). */
  prepare?(service: IRService, op: IROperation, input: Record<string, unknown>): void;
  /** How the request body of an operation is compared. */
  requestBody(service: IRService, op: IROperation): BodyKind;
  /** The response a service sends for a typed output value. */
  response(service: IRService, op: IROperation, output: Record<string, unknown>, requestId: string): RawResponse;
  /** The response a service sends for an error. */
  error(service: IRService, op: IROperation, error: ErrorCase): RawResponse;
}
