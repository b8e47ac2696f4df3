/**
 * The intermediate representation: one read-only view of a service, built once by the resolver and read
 * through the codegen context by every emitter. Shapes are a union discriminated by `type`, so a list
 * always has its member and a map its key and value. References are by shape name (recursive shapes need
 * no special casing); `shape(name)` looks them up. The IR holds no generated names: those are the symbol
 * table's (generator/context/symbols.ts).
 */
import type { HttpBinding, Metadata } from '../model/types.js';

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

/** What every kind of shape has. */
interface IRShapeBase {
  readonly name: string;
  readonly documentation: string;
  readonly sensitive: boolean;
  readonly deprecated: boolean;
  readonly deprecatedMessage?: string;
  /** Every trait of the shape as in the model. */
  readonly traits: Readonly<Record<string, unknown>>;
}

/** Length or value bounds (`min`/`max`). */
interface Bounded {
  readonly min?: number;
  readonly max?: number;
}

export interface IRStructure extends IRShapeBase {
  readonly type: 'structure';
  readonly members: readonly IRMember[];
  readonly union: boolean;
  /** A free-form document (any JSON value), not a record of members. */
  readonly document: boolean;
  readonly exception: boolean;
  readonly fault: boolean;
  readonly errorCode?: string;
  readonly httpStatusCode?: number;
}

export interface IRList extends IRShapeBase, Bounded {
  readonly type: 'list';
  readonly member: IRRef;
}

export interface IRMap extends IRShapeBase, Bounded {
  readonly type: 'map';
  readonly key: IRRef;
  readonly value: IRRef;
}

export interface IRString extends IRShapeBase, Bounded {
  readonly type: 'string';
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly streaming: boolean;
}

export interface IRBlob extends IRShapeBase, Bounded {
  readonly type: 'blob';
  readonly streaming: boolean;
}

export interface IRNumber extends IRShapeBase, Bounded {
  readonly type: 'integer' | 'long' | 'float' | 'double';
}

export interface IRBoolean extends IRShapeBase {
  readonly type: 'boolean';
}

export interface IRTimestamp extends IRShapeBase {
  readonly type: 'timestamp';
  readonly timestampFormat?: string;
}

export type IRShape = IRStructure | IRList | IRMap | IRString | IRBlob | IRNumber | IRBoolean | IRTimestamp;

export interface IRExample {
  readonly title?: string;
  readonly description?: string;
  readonly id?: string;
  readonly input?: unknown;
  readonly output?: unknown;
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
  /** Every field of the operation as in the model (endpoint, requestcompression, ...). */
  readonly traits: Readonly<Record<string, unknown>>;
}

export interface IRService {
  /** The file the model came from (base name only, so output does not depend on the working directory). */
  readonly source: string;
  readonly metadata: Readonly<Metadata>;
  readonly documentation: string;
  readonly operations: readonly IROperation[];
  readonly shapes: ReadonlyMap<string, IRShape>;
  /** Looks a shape up by name; throws for a name the validator would have rejected. */
  shape(name: string): IRShape;
}
