/**
 * The one place that decides names: R topics and service prefixes, TypeScript identifiers, file paths.
 * Only the symbol table (generator/context/symbols.ts) calls these, and the catalog run for a model's
 * folder (`serviceFolder`): emitters ask the symbol table for names.
 */

/** Services whose published R prefix is not the one derived from their name (from the paws reference). */
const R_SERVICE_ALIASES: Readonly<Record<string, string>> = {
  elasticloadbalancing: 'elb',
  elasticloadbalancingv2: 'elbv2',
};

/** The R package prefix: `Amazon Voice ID` -> `voiceid`. */
export function rServicePrefix(meta: { serviceAbbreviation?: string; serviceFullName: string }): string {
  const source = (meta.serviceAbbreviation ?? meta.serviceFullName).trim();
  const stripped = source.replace(/^(Amazon|AWS)/, ''); // also glued: `AWSBudgets` -> `budgets`
  const derived = stripped.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return R_SERVICE_ALIASES[derived] ?? derived;
}

/** `StartSpeakerEnrollmentJob` -> `start_speaker_enrollment_job`; acronyms stay glued (`describe_db_instances`). */
export function snakeCase(name: string): string {
  return name
    .replace(/[A-Z][a-z]+/g, (word) => `_${word}_`)
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase();
}

/** The R topic (`\name{}`) of an operation page. */
export function rTopic(prefix: string, operation: string): string {
  return `${prefix}_${snakeCase(operation)}`;
}

export const MAX_TOPIC_FILE_LENGTH = 60;

/**
 * The file name (without extension) of a topic, as the published reference names it: over 60 characters,
 * the service prefix stays whole and each `_` part of the operation is cut to
 * floor((60 - (len(prefix) + 60 div parts)) / parts) characters (`applicationinsights_descri_compon_config_recomm`).
 */
export function rTopicFileName(topic: string): string {
  if (topic.length <= MAX_TOPIC_FILE_LENGTH) return topic;
  const [svc, ...parts] = topic.split('_');
  if (parts.length === 0) return topic.slice(0, MAX_TOPIC_FILE_LENGTH);
  const lenSvc = svc.length + Math.floor(MAX_TOPIC_FILE_LENGTH / parts.length);
  const cut = Math.max(1, Math.floor((MAX_TOPIC_FILE_LENGTH - lenSvc) / parts.length));
  return `${svc}_${parts.map((p) => p.slice(0, cut)).join('_')}`;
}

/** The page heading of the text rendering: `start_speaker_enrollment_job` -> `Start Speaker Enrollment Job`. */
export function rHeading(snake: string): string {
  return snake
    .split('_')
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

/** Words a TypeScript type or value may not be named, and globals a generated name must not shadow. */
const TS_RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if import in instanceof new null return super switch this throw true try typeof var void ' +
    'while with as implements interface let package private protected public static yield any boolean ' +
    'constructor declare get module require number set string symbol type from of never unknown object ' +
    'bigint undefined async await is keyof readonly infer unique global asserts satisfies accessor out ' +
    'Object String Number Boolean Symbol Date Error Array Map Set Promise Record Partial Required Readonly ' +
    'Pick Omit Exclude Extract Function RegExp JSON Math Uint8Array ArrayBuffer Buffer Intl Iterable ' +
    'Response Request Headers URL Blob File Event Element Node Document Window Awaited NonNullable ' +
    // Exported by the generated package's protocol runtime.
    'ServiceError HttpRequest HttpResponse requestUrl ' +
    // As a declared name it would read as the prototype in a property access (`compiled.__proto__`).
    '__proto__'
  ).split(' '),
);

/** Assigns each shape a unique TypeScript type name; reserved or clashing names get a `Shape` suffix. */
export function assignTypeNames(shapeNames: readonly string[], taken: ReadonlySet<string> = new Set()): Map<string, string> {
  const used = new Set<string>(taken);
  const out = new Map<string, string>();
  const wanted = (name: string) => (TS_RESERVED.has(name) || TS_RESERVED.has(name.toLowerCase()) ? `${name}Shape` : name);
  // Shapes whose own name is free keep it; the renamed ones are placed after, in sorted order.
  for (const name of shapeNames) if (wanted(name) === name && !used.has(name)) { out.set(name, name); used.add(name); }
  for (const name of [...shapeNames].sort()) {
    if (out.has(name)) continue;
    let candidate = wanted(name);
    for (let i = 2; used.has(candidate); i++) candidate = `${wanted(name)}${i}`;
    out.set(name, candidate);
    used.add(candidate);
  }
  return out;
}

/** The folder name of a service under `generated/`. */
export function serviceDirName(prefix: string): string {
  return prefix;
}

/** A service's folder from its model's metadata: the symbol table's, and the catalog run's peek (scale/peek.ts). */
export function serviceFolder(meta: { serviceAbbreviation?: string; serviceFullName: string }): string {
  return serviceDirName(rServicePrefix(meta));
}

/** The npm package name of a service's generated package. */
export function packageName(prefix: string): string {
  return `@shapegen/${prefix}`;
}

/** The exported name of an enum's const array of values: `FraudDetectionAction` -> `FraudDetectionActionValues`. */
export function enumValuesName(tsName: string): string {
  return `${tsName}Values`;
}

/** The exported name of a structure's validator: `StartSpeakerEnrollmentJobRequest` -> `validateStartSpeakerEnrollmentJobRequest`. */
export function validatorName(tsName: string): string {
  return `validate${tsName}`;
}

/** The name of the validation problem type the generated package exports, unless a shape already has it. */
export const VALIDATION_PROBLEM_TYPE = 'ValidationProblem';

/** `wanted`, or `wanted2`, `wanted3`, ... : the first not in `used`, which then takes it. */
export function uniqueName(wanted: string, used: Set<string>): string {
  let candidate = wanted;
  for (let i = 2; used.has(candidate); i++) candidate = `${wanted}${i}`;
  used.add(candidate);
  return candidate;
}

/** The generated serializer of an operation: `serializeStartSpeakerEnrollmentJobRequest`. */
export function serializerName(operation: string): string {
  return `serialize${operation}Request`;
}

/** The generated deserializer of an operation: `deserializeStartSpeakerEnrollmentJobResponse`. */
export function deserializerName(operation: string): string {
  return `deserialize${operation}Response`;
}

/** The error class of an error (`<ErrorName>Error`; the bare name is the error's type), before clashes are numbered. */
export function errorClassBase(error: string): string {
  const base = `${error.replace(/[^A-Za-z0-9_$]/g, '_')}Error`;
  return TS_RESERVED.has(base) ? `${base}Class` : base;
}

/** Words R reserves: an argument or list element with one of these names needs backticks. */
const R_RESERVED = new Set(
  'if else repeat while function for next break TRUE FALSE NULL Inf NaN NA NA_integer_ NA_real_ NA_character_ NA_complex_ in'.split(' '),
);

/**
 * A member name as the reference's Value and Request syntax blocks write it: as it is, reserved words
 * included (`NULL = TRUE|FALSE`); those blocks are shown, never run.
 */
export function rSyntaxName(name: string): string {
  return name;
}

/** A name as written in R code (usage, examples): bare when syntactic, else in backticks. */
export function rArgName(name: string): string {
  const syntactic = /^((([A-Za-z]|[.][A-Za-z._])[A-Za-z0-9._]*)|[.])$/.test(name) && !R_RESERVED.has(name);
  return syntactic ? name : '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

/** `Voice ID` -> `VoiceID`, `DynamoDB` -> `DynamoDB`: the client class's base name (from the model's serviceId). */
export function clientBaseName(meta: { serviceId?: string; serviceAbbreviation?: string; serviceFullName: string }): string {
  const source = meta.serviceId ?? meta.serviceAbbreviation ?? meta.serviceFullName.replace(/^(Amazon|AWS)\s*/, '');
  const words = source.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Service';
  return /^[0-9]/.test(joined) ? `Service${joined}` : joined;
}

/** A word TypeScript reserves (or a global a generated name must not shadow), in any case. */
export function isReservedName(name: string): boolean {
  return TS_RESERVED.has(name) || TS_RESERVED.has(name.toLowerCase());
}

/** `GetItem` -> `getItem`: an operation's client method (a method may be any name but the class's own members). */
export function operationMethodName(operation: string): string {
  const name = operation.charAt(0).toLowerCase() + operation.slice(1);
  return ['constructor', 'send', 'config'].includes(name) ? `${name}Operation` : name;
}

/** `GetItem` -> `getItem`, and `importOperation` for a reserved word: an operation's standalone function. */
export function operationFunctionName(operation: string): string {
  const name = operation.charAt(0).toLowerCase() + operation.slice(1);
  return isReservedName(name) ? `${name}Operation` : name;
}

/** `GetItem` -> `GetItemOperation`: an operation's description as data. */
export function operationSpecName(operation: string): string {
  return `${operation}Operation`;
}

/** `ListTables` -> `paginateListTables`; `paginateListTablesItems` for its items. */
export function paginatorName(operation: string, items: boolean): string {
  return `paginate${operation}${items ? 'Items' : ''}`;
}

/** A runtime name the client re-exports, when a service's own name already has it: `Credentials` -> `ClientCredentials`. */
export function clientRuntimeAlias(name: string): string {
  return `Client${name}`;
}
