/**
 * The symbol table of a service: every name the generated code and docs use, decided once from the rules
 * in `generator/names/` and then only looked up. An emitter asks for a shape's type, an operation's
 * serializer or an error's class; it never builds an identifier, a file path or an R topic itself
 * (after smithy-typescript's SymbolProvider).
 */
import type { IRService } from '../ir/types.js';
import {
  assignTypeNames,
  deserializerName,
  enumValuesName,
  errorClassBase,
  packageName,
  rHeading,
  rServicePrefix,
  rTopic,
  rTopicFileName,
  serializerName,
  serviceDirName,
  snakeCase,
  uniqueName,
  validatorName,
  VALIDATION_PROBLEM_TYPE,
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
  index: 'src/index.ts',
  types: 'src/types.ts',
  validators: 'src/validators.ts',
  compiledValidators: 'src/validators.compiled.ts',
  protocol: 'src/protocol.ts',
  runtimeDir: 'src/runtime',
  docsDir: 'docs',
} as const;

export type PackageFile = keyof typeof PACKAGE_FILES;

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
  private readonly serializers = new Map<string, TsSymbol>();
  private readonly deserializers = new Map<string, TsSymbol>();
  private readonly errorClasses = new Map<string, TsSymbol>();
  private readonly rNames = new Map<string, RSymbol>();

  constructor(ir: IRService, index: ModelIndex) {
    this.rPrefix = rServicePrefix(ir.metadata);
    this.serviceDir = serviceDirName(this.rPrefix);
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
    for (const e of index.errors) this.errorClasses.set(e, { name: pick(errorClassBase(e)), file: f.protocol });
    for (const op of ir.operations) {
      this.serializers.set(op.name, { name: pick(serializerName(op.name)), file: f.protocol });
      this.deserializers.set(op.name, { name: pick(deserializerName(op.name)), file: f.protocol });
      const snake = snakeCase(op.name);
      const topic = rTopic(this.rPrefix, op.name);
      this.rNames.set(op.name, { snakeName: snake, topic, fileName: rTopicFileName(topic), heading: rHeading(snake) });
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
