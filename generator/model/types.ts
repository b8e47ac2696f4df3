/**
 * The YAML model, as a TypeScript type. It is the AWS model vocabulary with two changes that make it
 * pleasant to edit by hand: a structure's `required` list becomes `required: true` on its members, and
 * a shape reference with nothing but a name is written as that name (`input: FooRequest`).
 * Everything else an AWS model holds is kept under its AWS name, so a model round-trips without loss.
 */

export const MODEL_FORMAT_VERSION = 1;

export type ShapeType =
  | 'structure'
  | 'list'
  | 'map'
  | 'string'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'boolean'
  | 'timestamp'
  | 'blob';

export const SHAPE_TYPES: readonly ShapeType[] = [
  'structure', 'list', 'map', 'string', 'integer', 'long', 'float', 'double', 'boolean', 'timestamp', 'blob',
];

/** A reference to a shape: a bare name, or the name with traits of the reference itself. */
export type ShapeRef = string | ({ shape: string } & Record<string, unknown>);

export interface Member extends Record<string, unknown> {
  shape: string;
  required?: boolean;
  documentation?: string;
  location?: string;
  locationName?: string;
  idempotencyToken?: boolean;
  deprecated?: boolean;
  deprecatedMessage?: string;
  jsonvalue?: boolean;
  timestampFormat?: string;
  streaming?: boolean;
}

export interface ErrorTrait {
  code?: string;
  httpStatusCode?: number;
  senderFault?: boolean;
}

export interface Shape extends Record<string, unknown> {
  type: ShapeType;
  documentation?: string;
  members?: Record<string, Member>;
  /** Only when the source model listed required members in an order other than member order. */
  requiredOrder?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  sensitive?: boolean;
  deprecated?: boolean;
  deprecatedMessage?: string;
  timestampFormat?: string;
  streaming?: boolean;
  exception?: boolean;
  fault?: boolean;
  error?: ErrorTrait;
  union?: boolean;
  document?: boolean;
  payload?: string;
}

export interface HttpBinding {
  method: string;
  requestUri: string;
  responseCode?: number;
}

export interface Operation extends Record<string, unknown> {
  /** The wire name, only when it differs from the operation's key. */
  name?: string;
  http: HttpBinding;
  input?: ShapeRef;
  output?: ShapeRef;
  errors?: ShapeRef[];
  documentation?: string;
  deprecated?: boolean;
  deprecatedMessage?: string;
  idempotent?: boolean;
}

export interface Metadata extends Record<string, unknown> {
  apiVersion: string;
  protocol: string;
  serviceFullName: string;
  serviceAbbreviation?: string;
  serviceId?: string;
  endpointPrefix?: string;
  jsonVersion?: string;
  targetPrefix?: string;
  signingName?: string;
  uid?: string;
}

/** The service's sidecar files (`*.examples.json`, `*.paginators.json`), kept whole. */
export interface Sidecars {
  examples?: { version?: string; examples?: Record<string, unknown[]> } & Record<string, unknown>;
  paginators?: { pagination?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
}

export interface Model extends Record<string, unknown> {
  shapegen: number;
  version?: string;
  metadata: Metadata;
  documentation?: string;
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
  sidecars?: Sidecars;
}

/** The name a shape reference points at. */
export function refName(ref: ShapeRef): string {
  return typeof ref === 'string' ? ref : ref.shape;
}
