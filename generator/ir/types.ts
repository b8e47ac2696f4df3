/**
 * The intermediate representation: one read-only view of a service, built once by the resolver and read
 * by every emitter. References are by shape name (recursive shapes need no special casing); `shape(name)`
 * looks them up. Names for every target language come from `generator/names`, computed once here.
 */
import type { HttpBinding, Metadata, ShapeType } from '../model/types.js';

export interface IRRef {
  readonly target: string;
  /** Traits on the reference itself (locationName, jsonvalue, ...), as in the model. */
  readonly traits: Readonly<Record<string, unknown>>;
}

export interface IRMember {
  readonly name: string;
  readonly target: string;
  readonly required: boolean;
  readonly documentation: string;
  /** The JSON key on the wire: `locationName` when set, else the member name. */
  readonly wireName: string;
  readonly idempotencyToken: boolean;
  readonly deprecated: boolean;
  readonly deprecatedMessage?: string;
  readonly jsonvalue: boolean;
  readonly timestampFormat?: string;
  /** Where a REST protocol puts the member (header, uri, querystring, ...); absent means the body. */
  readonly location?: string;
  /** All traits of the member as in the model. */
  readonly traits: Readonly<Record<string, unknown>>;
}

export interface IRShape {
  readonly name: string;
  readonly type: ShapeType;
  /** The TypeScript type name (unique, never a reserved word). */
  readonly tsName: string;
  readonly documentation: string;
  readonly members: readonly IRMember[];
  readonly member?: IRRef;
  readonly key?: IRRef;
  readonly value?: IRRef;
  readonly enum?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly sensitive: boolean;
  readonly deprecated: boolean;
  readonly deprecatedMessage?: string;
  readonly timestampFormat?: string;
  readonly streaming: boolean;
  readonly exception: boolean;
  readonly fault: boolean;
  readonly errorCode?: string;
  readonly httpStatusCode?: number;
  readonly union: boolean;
  readonly document: boolean;
  readonly traits: Readonly<Record<string, unknown>>;
}

export interface IRExample {
  readonly title?: string;
  readonly description?: string;
  readonly id?: string;
  readonly input?: unknown;
  readonly output?: unknown;
  /** JSON pointers into `input` of whole numbers the examples file wrote as decimals (`1000.0`). */
  readonly inputDecimals?: readonly string[];
}

export interface IROperation {
  /** The operation's key in the model. */
  readonly name: string;
  /** The name on the wire (X-Amz-Target), usually the same as `name`. */
  readonly wireName: string;
  readonly http: Readonly<HttpBinding>;
  readonly input?: IRRef;
  readonly output?: IRRef;
  readonly errors: readonly string[];
  readonly documentation: string;
  readonly deprecated: boolean;
  readonly deprecatedMessage?: string;
  readonly idempotent: boolean;
  readonly examples: readonly IRExample[];
  readonly paginator?: Readonly<Record<string, unknown>>;
  /** `start_speaker_enrollment_job` */
  readonly snakeName: string;
  /** `voiceid_start_speaker_enrollment_job` */
  readonly rTopic: string;
  /** The file name (no extension) of the R pages: the topic, shortened when over 60 characters. */
  readonly rFileName: string;
  /** Every field of the operation as in the model (endpoint, requestcompression, ...). */
  readonly traits: Readonly<Record<string, unknown>>;
}

export interface IRService {
  /** The file the model came from (base name only, so output does not depend on the working directory). */
  readonly source: string;
  readonly metadata: Readonly<Metadata>;
  readonly documentation: string;
  /** The R prefix and generated folder name, e.g. `voiceid`. */
  readonly prefix: string;
  readonly operations: readonly IROperation[];
  readonly shapes: ReadonlyMap<string, IRShape>;
  /** Looks a shape up by name; throws for a name the validator would have rejected. */
  shape(name: string): IRShape;
}
