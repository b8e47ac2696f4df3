/**
 * The client emitter: a client per service in the generated package (see render.ts for the files), for
 * the protocols that have serializers. Names come from `assignClientNames`, unique against every other
 * name the package exports; per-operation facts are derived once (facts.ts).
 */
import type { IRService } from '../../../ir/types.js';
import {
  assignClientNames,
  assignValueNames,
  CLIENT_FILES,
  deserializerName,
  errorClassNames,
  serializerName,
  VALIDATION_PROBLEM_TYPE,
} from '../../../names/names.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { hasSerializers } from '../protocol/index.js';
import { serviceErrors } from '../protocol/render.js';
import { enumTypeNames, typeNames } from '../types/type-expr.js';
import { rootShapes } from '../validators/json-schema.js';
import { operationFacts } from './facts.js';
import { renderBaseClient, renderClient, renderOperations, renderPaginators, type ClientInputs } from './render.js';

/** What the client re-exports from the runtime: `[name, runtime module, type only]`. */
export const CLIENT_RUNTIME_EXPORTS: readonly (readonly [string, string, boolean])[] = [
  ['RequestValidationError', 'client', false],
  ['ConfigError', 'client', false],
  ['CallOptions', 'client', true],
  ['ClientConfig', 'client', true],
  ['TimeoutError', 'transport', false],
  ['NetworkError', 'transport', false],
  ['fetchHandler', 'transport', false],
  ['nodeHttpHandler', 'node-http', false],
  ['HttpHandler', 'transport', true],
  ['OutgoingRequest', 'transport', true],
  ['IncomingResponse', 'transport', true],
  ['CredentialsError', 'credentials', false],
  ['Credentials', 'credentials', true],
  ['CredentialProvider', 'credentials', true],
  ['RetryStrategy', 'retry', false],
  ['RetryOptions', 'retry', true],
  ['EndpointError', 'endpoints', false],
];

export function clientInputs(ir: IRService): ClientInputs {
  const types = typeNames(ir);
  const roots = rootShapes(ir);
  const { enumValues, validators } = assignValueNames(types, enumTypeNames(ir), roots.map((s) => s.tsName));
  const errorClasses = errorClassNames(serviceErrors(ir), new Set(types));
  const serializers = new Map(ir.operations.map((op) => [op.name, serializerName(op.name)]));
  const deserializers = new Map(ir.operations.map((op) => [op.name, deserializerName(op.name)]));
  const taken = new Set<string>([...types, ...enumValues.values(), ...validators.values(), ...errorClasses.values(), ...serializers.values(), ...deserializers.values()]);
  for (const name of ['ServiceError', 'HttpRequest', 'HttpResponse', 'requestUrl', VALIDATION_PROBLEM_TYPE]) taken.add(name);
  // The runtime's names keep their own name unless a service's name has it: then they are prefixed.
  const runtimeExports = new Map<string, { name: string; from: string; type: boolean }>();
  for (const [name, from, type] of CLIENT_RUNTIME_EXPORTS) {
    let as = taken.has(name) ? `Client${name}` : name;
    for (let i = 2; taken.has(as); i++) as = `Client${name}${i}`;
    taken.add(as);
    runtimeExports.set(as, { name, from, type });
  }
  const facts = ir.operations.map((op) => operationFacts(ir, op));
  const names = assignClientNames(
    ir.metadata,
    ir.operations.map((op) => op.name),
    new Set(facts.filter((f) => f.paginator).map((f) => f.op.name)),
    new Set(facts.filter((f) => f.paginator?.resultKey).map((f) => f.op.name)),
    taken,
  );
  const inputValidators = new Map<string, string>();
  for (const op of ir.operations) {
    const shape = op.input ? ir.shape(op.input.target) : undefined;
    const v = shape && validators.get(shape.tsName);
    if (v) inputValidators.set(op.name, v);
  }
  return { ir, names, facts, serializers, deserializers, validators: inputValidators, errorClasses, runtimeExports, docs: new Map() };
}

/** The service gets a client: its protocol has serializers to build on. */
export function hasClient(ir: IRService): boolean {
  return hasSerializers(ir);
}

export const clientEmitter: Emitter = {
  name: 'ts-client',
  emit(ir: IRService): GeneratedFile[] {
    if (!hasClient(ir)) return [];
    const inputs = clientInputs(ir);
    // Written in their final layout: prettier on a big service's client (mostly TSDoc) took seconds.
    return [
      { path: CLIENT_FILES.base, contents: renderBaseClient(inputs), preformatted: true },
      { path: CLIENT_FILES.client, contents: renderClient(inputs), preformatted: true },
      { path: CLIENT_FILES.operations, contents: renderOperations(inputs), preformatted: true },
      { path: CLIENT_FILES.paginators, contents: renderPaginators(inputs), preformatted: true },
    ];
  },
};
