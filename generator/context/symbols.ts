/**
 * The symbol table of a service: every name the generated code and docs use, decided once from the rules
 * in `generator/names/` and then only looked up. An emitter asks for a shape's type, an operation's
 * serializer or an error's class; it never builds an identifier, a file path or an R topic itself
 * (after smithy-typescript's SymbolProvider).
 */
import type { IRService } from '../ir/types.js';
import {
  assignTypeNames,
  clientBaseName,
  clientRuntimeAlias,
  operationFunctionName,
  operationMethodName,
  operationSpecName,
  paginatorName,
  deserializerName,
  enumValuesName,
  errorClassBase,
  packageName,
  rHeading,
  rServicePrefix,
  rTopic,
  rTopicFileName,
  serializerName,
  serviceFolder,
  snakeCase,
  uniqueName,
  validatorName,
  VALIDATION_PROBLEM_TYPE,
  isReservedName,
} from '../names/names.js';
import type { ModelIndex } from './model-index.js';

/** An exported TypeScript name and the package file that declares it. */
export interface TsSymbol {
  readonly name: string;
  /** Path inside the package, e.g. `src/types.ts`. */
  readonly file: string;
}

/** The names of an operation's R reference pages. */
export interface RSymbol {
  /** `start_speaker_enrollment_job` */
  readonly snakeName: string;
  /** `voiceid_start_speaker_enrollment_job`: the page's `\name{}`. */
  readonly topic: string;
  /** The file name without extension: the topic, shortened when over 60 characters. */
  readonly fileName: string;
  /** `Start Speaker Enrollment Job`: the heading of the text rendering. */
  readonly heading: string;
}

/** The files of a generated package (paths inside the service folder). */
export const PACKAGE_FILES = {
  packageJson: 'package.json',
  readme: 'README.md',
  tsconfig: 'tsconfig.json',
  /** The JavaScript build (esbuild), after tsc's declarations. */
  build: 'build.mjs',
  index: 'src/index.ts',
  types: 'src/types.ts',
  validators: 'src/validators.ts',
  /** The compiled checks, in modules a client loads an operation at a time (validators/split.ts). */
  checksDir: 'src/validators',
  otherChecks: 'src/validators/other.ts',
  protocol: 'src/protocol.ts',
  baseClient: 'src/base-client.ts',
  client: 'src/client.ts',
  operations: 'src/client-operations.ts',
  paginators: 'src/paginators.ts',
  runtimeDir: 'src/runtime',
  docsDir: 'docs',
} as const;

export type PackageFile = keyof typeof PACKAGE_FILES;

/**
 * The package's entry points besides `.` (package.json `exports`): the validators have their own, so that
 * importing the client loads no check it does not call (the index would load every one of them).
 */
export const PACKAGE_ENTRIES = { validators: { subpath: './validators', file: PACKAGE_FILES.validators } } as const;

/** What the client re-exports from the runtime: `[name, runtime module, type only]`. */
export const CLIENT_RUNTIME_EXPORTS: readonly (readonly [string, string, boolean])[] = [
  ['RequestValidationError', 'client', false],
  ['ConfigError', 'client', false],
  ['CallOptions', 'client', true],
  ['ClientConfig', 'client', true],
  ['TimeoutError', 'transport', false],
  ['NetworkError', 'transport', false],
  ['fetchHandler', 'transport', false],
  ['HttpHandler', 'transport', true],
  ['OutgoingRequest', 'transport', true],
  ['IncomingResponse', 'transport', true],
  ['nodeHttpHandler', 'node-http', false],
  ['CredentialsError', 'credentials', false],
  ['Credentials', 'credentials', true],
  ['CredentialProvider', 'credentials', true],
  ['RetryStrategy', 'retry', false],
  ['RetryOptions', 'retry', true],
  ['EndpointError', 'endpoints', false],
];

/** A runtime name the client re-exports: its name in the runtime module, and the name the package exports. */
export interface RuntimeExport {
  readonly name: string;
  readonly as: string;
  /** The runtime module, e.g. `src/runtime/client.ts`. */
  readonly file: string;
  readonly typeOnly: boolean;
}

/** The client's names. */
export interface ClientSymbols {
  /** The client with one method per operation: `DynamoDB`. */
  readonly client: TsSymbol;
  /** The bare client the standalone operations take: `DynamoDBClient`. */
  readonly bareClient: TsSymbol;
  /** The service as data: `DynamoDBService`. */
  readonly service: TsSymbol;
  readonly runtimeExports: readonly RuntimeExport[];
}

/** An operation's client names. */
export interface OperationClientSymbols {
  /** `getItem`, a method of the client class. */
  readonly method: string;
  /** `getItem(client, input)`, in operations.ts. */
  readonly fn: TsSymbol;
  /** `GetItemOperation`, the operation as data. */
  readonly spec: TsSymbol;
  readonly paginator?: TsSymbol;
  readonly itemPaginator?: TsSymbol;
}

/**
 * The module of each operation input's compiled check: `src/validators/get-item-input.ts`, unique without
 * regard to case (file systems that ignore it), never a shared module's (`shared`, `shared.2`: no dot here) or
 * the other module's.
 */
function inputCheckModules(ir: IRService, index: ModelIndex, typeName: (shape: string) => string): Map<string, TsSymbol> {
  const roots = new Set(index.roots.map((s) => s.name));
  const stems = new Set(['shared', 'other']);
  const out = new Map<string, TsSymbol>();
  for (const op of ir.operations) {
    const shape = op.input?.target;
    if (shape === undefined || !roots.has(shape) || out.has(shape)) continue;
    const name = typeName(shape);
    const stem = uniqueName(snakeCase(name).replace(/_/g, '-'), stems);
    out.set(shape, { name, file: `${PACKAGE_FILES.checksDir}/${stem}.ts` });
  }
  return out;
}

function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (found === undefined) throw new Error(`shapegen: no ${what} symbol for ${key}`);
  return found;
}

export class SymbolTable {
  /** The R package prefix of the service (`voiceid`): topic prefix and service page name. */
  readonly rPrefix: string;
  /** The service's folder under the output directory. */
  readonly serviceDir: string;
  /** The heading of the service page's text rendering (`Voiceid`). */
  readonly rServiceHeading: string;
  /** The npm package name (`@shapegen/voiceid`). */
  readonly packageName: string;
  readonly files = PACKAGE_FILES;
  /** The validation problem type the package exports (absent when a shape took the name). */
  readonly validationProblem: TsSymbol | undefined;

  private readonly types = new Map<string, TsSymbol>();
  private readonly enumValueArrays = new Map<string, TsSymbol>();
  private readonly validators = new Map<string, TsSymbol>();
  private readonly inputChecks: ReadonlyMap<string, TsSymbol>;
  private readonly serializers = new Map<string, TsSymbol>();
  private readonly deserializers = new Map<string, TsSymbol>();
  private readonly errorClasses = new Map<string, TsSymbol>();
  private readonly rNames = new Map<string, RSymbol>();
  private readonly operationClient = new Map<string, OperationClientSymbols>();
  /** The client's names (every service has them; the client emitter writes them where there are serializers). */
  readonly client: ClientSymbols;

  constructor(ir: IRService, index: ModelIndex) {
    this.rPrefix = rServicePrefix(ir.metadata);
    this.serviceDir = serviceFolder(ir.metadata);
    this.rServiceHeading = rHeading(this.rPrefix);
    this.packageName = packageName(this.rPrefix);
    const f = PACKAGE_FILES;
    const typeNames = assignTypeNames([...ir.shapes.keys()]);
    for (const [shape, name] of typeNames) this.types.set(shape, { name, file: f.types });
    const used = new Set<string>(typeNames.values());
    this.validationProblem = used.has(VALIDATION_PROBLEM_TYPE) ? undefined : { name: VALIDATION_PROBLEM_TYPE, file: f.validators };
    used.add(VALIDATION_PROBLEM_TYPE);
    const pick = (wanted: string) => uniqueName(wanted, used);
    // Order matters for which name gets a numeric suffix on a clash: enum arrays, validators, errors, then operations.
    for (const s of index.enums) this.enumValueArrays.set(s.name, { name: pick(enumValuesName(this.type(s.name).name)), file: f.types });
    for (const s of index.roots) this.validators.set(s.name, { name: pick(validatorName(this.type(s.name).name)), file: f.validators });
    this.inputChecks = inputCheckModules(ir, index, (shape) => this.type(shape).name);
    for (const e of index.errors) this.errorClasses.set(e, { name: pick(errorClassBase(e)), file: f.protocol });
    for (const op of ir.operations) {
      this.serializers.set(op.name, { name: pick(serializerName(op.name)), file: f.protocol });
      this.deserializers.set(op.name, { name: pick(deserializerName(op.name)), file: f.protocol });
      const snake = snakeCase(op.name);
      const topic = rTopic(this.rPrefix, op.name);
      this.rNames.set(op.name, { snakeName: snake, topic, fileName: rTopicFileName(topic), heading: rHeading(snake) });
    }
    // The client's names come after every other name, so that none of those changes for them.
    const base = clientBaseName(ir.metadata);
    const pickReserved = (wanted: string, suffix: string) => pick(isReservedName(wanted) ? `${wanted}${suffix}` : wanted);
    const runtimeExports = CLIENT_RUNTIME_EXPORTS.map(([name, module, typeOnly]) => ({
      name,
      as: used.has(name) ? pick(clientRuntimeAlias(name)) : pick(name),
      file: `${f.runtimeDir}/${module}.ts`,
      typeOnly,
    }));
    this.client = {
      client: { name: pickReserved(base, 'Client'), file: f.client },
      bareClient: { name: pick(`${base}Client`), file: f.baseClient },
      service: { name: pick(`${base}Service`), file: f.baseClient },
      runtimeExports,
    };
    for (const facts of index.clientOperations) {
      const op = facts.op.name;
      this.operationClient.set(op, {
        method: operationMethodName(op),
        fn: { name: pick(operationFunctionName(op)), file: f.operations },
        spec: { name: pick(operationSpecName(op)), file: f.operations },
        ...(facts.paginator ? { paginator: { name: pick(paginatorName(op, false)), file: f.paginators } } : {}),
        ...(facts.paginator?.resultKey && facts.itemPath ? { itemPaginator: { name: pick(paginatorName(op, true)), file: f.paginators } } : {}),
      });
    }
  }

  /** The TypeScript type of a shape (declared in types.ts for structures and enums). */
  type(shape: string): TsSymbol {
    return lookup(this.types, shape, 'type');
  }

  /** The const array of an enum's values. */
  enumValues(shape: string): TsSymbol {
    return lookup(this.enumValueArrays, shape, 'enum values');
  }

  /** The validator of a validated structure (an operation's input or output). */
  validator(shape: string): TsSymbol {
    return lookup(this.validators, shape, 'validator');
  }

  /**
   * The compiled check of an operation input, exported (under the shape's type name) by a module of its
   * own that the client loads at the operation's first call; undefined for a shape that is no input.
   */
  inputCheck(shape: string): TsSymbol | undefined {
    return this.inputChecks.get(shape);
  }

  /** The `n`th module of checks that several inputs share (from 0): `src/validators/shared.ts`, `shared.2.ts`, ... */
  sharedChecks(n: number): string {
    return `${PACKAGE_FILES.checksDir}/shared${n === 0 ? '' : `.${n + 1}`}.ts`;
  }

  serializer(operation: string): TsSymbol {
    return lookup(this.serializers, operation, 'serializer');
  }

  deserializer(operation: string): TsSymbol {
    return lookup(this.deserializers, operation, 'deserializer');
  }

  /** The class a deserializer throws for a modeled error. */
  errorClass(error: string): TsSymbol {
    return lookup(this.errorClasses, error, 'error class');
  }

  /** An operation's client names: method, standalone function, description, paginators. */
  operation(operation: string): OperationClientSymbols {
    return lookup(this.operationClient, operation, 'client operation');
  }

  /** The R reference names of an operation's pages. */
  r(operation: string): RSymbol {
    return lookup(this.rNames, operation, 'R topic');
  }

  /** The path (inside the service folder) of an operation's R page, or the service page without `operation`. */
  docsPath(ext: 'Rd' | 'md' | 'txt', operation?: string): string {
    const name = operation === undefined ? this.rPrefix : this.r(operation).fileName;
    return `${PACKAGE_FILES.docsDir}/${name}.${ext}`;
  }
}
