/**
 * Runtime support for the generated validators: code point counting, blob checks, and turning the raw
 * errors of the compiled (ajv standalone) validation code into problems a person can read. The generated
 * package carries a copy of this file in `src/runtime/`; it depends on nothing.
 */

/** One thing wrong with a validated value. */
export interface ValidationProblem {
  /** JSON Pointer to the offending value, e.g. `/EnrollmentConfig/FraudDetectionConfig/RiskThreshold`. */
  readonly path: string;
  /** What is wrong, in words. */
  readonly message: string;
  /** The rule that failed: `required`, `type`, `enum`, `minLength`, `pattern`, `unknownMember`, ... */
  readonly rule: string;
}

/** The error objects the compiled validation code produces (ajv's shape, without depending on ajv). */
export interface RawValidationError {
  readonly instancePath: string;
  readonly schemaPath?: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly propertyName?: string;
}

/** A compiled check (the generated validators' modules): true when valid; otherwise its `errors` say why. */
export type CompiledCheck = { (data: unknown, instancePath?: string): boolean; errors?: RawValidationError[] | null };

/** Every problem a compiled check finds in `input`: an empty array means it is valid. */
export function checkProblems(check: CompiledCheck, input: unknown): ValidationProblem[] {
  return check(input) ? [] : toProblems(check.errors, input);
}

/**
 * The length of a string in Unicode code points, as AWS counts it: a surrogate pair (an astral
 * character) is one, a lone surrogate is one.
 */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A blob is given as bytes (`Uint8Array`, which includes Node's `Buffer`) or as a base64 string. */
export function isBlob(value: unknown): boolean {
  return value instanceof Uint8Array || (typeof value === 'string' && BASE64.test(value));
}

/** The number of bytes a blob holds (for a base64 string, the decoded length). */
export function blobByteLength(value: Uint8Array | string): number {
  if (typeof value !== 'string') return value.byteLength;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

/**
 * A model's pattern as the RegExp that tests it: each capturing group `(...)` becomes non-capturing
 * `(?:...)`, which matches exactly the same strings and spares the engine recording captures nobody
 * reads. A pattern with backreferences keeps its groups.
 */
export function patternRegExp(source: string, flags: string): RegExp {
  return new RegExp(withoutCaptures(source), flags);
}

export function withoutCaptures(source: string): string {
  if (/\\[1-9]|\\k</.test(source)) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && source[i + 1] !== '?') {
      out += '(?:';
    } else {
      out += c;
    }
  }
  return out;
}

/** A timestamp is a `Date` that holds a real time. */
export function isTimestamp(value: unknown): boolean {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'Date';
  if (value instanceof Uint8Array) return 'Uint8Array';
  return typeof value;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a finite number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
};

function plural(n: unknown, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** The value at a JSON Pointer, to say what was given instead. */
function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const part of path.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    // Own properties only: `__proto__` or `constructor` in a path names a member, never Object.prototype's.
    if (!Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function describe(e: RawValidationError, root: unknown): string {
  const p = e.params;
  switch (e.keyword) {
    case 'type':
      return `must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)} (got ${typeOf(valueAt(root, e.instancePath))})`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'minimum':
      return `must be at least ${String(p.limit)}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}`;
    case 'minLength':
    case 'cpMinLength':
      return `must be at least ${plural(p.limit, 'character')} long`;
    case 'maxLength':
    case 'cpMaxLength':
      return `must be at most ${plural(p.limit, 'character')} long`;
    case 'pattern':
    case 'legacyPattern':
    case 'checkedPattern':
      return `must match the pattern ${String(p.pattern)}`;
    case 'minItems':
      return `must have at least ${plural(p.limit, 'item')}`;
    case 'maxItems':
      return `must have at most ${plural(p.limit, 'item')}`;
    case 'minProperties':
      return `must have at least ${plural(p.limit, 'entry')}`.replace('entrys', 'entries');
    case 'maxProperties':
      return `must have at most ${plural(p.limit, 'entry')}`.replace('entrys', 'entries');
    case 'timestamp':
      return `must be a valid Date (got ${typeOf(valueAt(root, e.instancePath))})`;
    case 'blob':
      return `must be a Uint8Array or a base64 string (got ${typeOf(valueAt(root, e.instancePath))})`;
    case 'minBytes':
      return `must hold at least ${plural(p.limit, 'byte')}`;
    case 'maxBytes':
      return `must hold at most ${plural(p.limit, 'byte')}`;
    case 'union':
      return 'must set exactly one member';
    default:
      return `fails the ${e.keyword} rule`;
  }
}

const RULES: Readonly<Record<string, string>> = {
  cpMinLength: 'minLength',
  cpMaxLength: 'maxLength',
  legacyPattern: 'pattern',
  checkedPattern: 'pattern',
  additionalProperties: 'unknownMember',
};

function toProblem(e: RawValidationError, root: unknown): ValidationProblem {
  const rule = RULES[e.keyword] ?? e.keyword;
  if (e.keyword === 'required') {
    return { path: `${e.instancePath}/${escapePointer(String(e.params.missingProperty))}`, message: 'is required', rule };
  }
  if (e.keyword === 'additionalProperties') {
    const path = `${e.instancePath}/${escapePointer(String(e.params.additionalProperty))}`;
    return { path, message: 'is not a member of this structure', rule };
  }
  if (e.propertyName !== undefined) {
    // A map key that breaks the key shape's rules.
    const path = `${e.instancePath}/${escapePointer(e.propertyName)}`;
    return { path, message: `key ${describe(e, root)}`, rule: `key.${rule}` };
  }
  return { path: e.instancePath, message: describe(e, root), rule };
}

/**
 * Every problem in the raw errors, in the order found. A value of the wrong type gets one problem (not
 * also the rules that only made sense for the right type), and the summary errors ajv adds around map key
 * errors are dropped because the key errors themselves are reported.
 */
export function toProblems(errors: readonly RawValidationError[] | null | undefined, root: unknown): ValidationProblem[] {
  if (!errors) return [];
  const wrongType = new Set<string>();
  for (const e of errors) if ((e.keyword === 'type' || e.keyword === 'timestamp' || e.keyword === 'blob') && e.propertyName === undefined) wrongType.add(e.instancePath);
  const out: ValidationProblem[] = [];
  for (const e of errors) {
    if (e.keyword === 'propertyNames') continue;
    if (wrongType.has(e.instancePath) && e.keyword !== 'type' && e.keyword !== 'timestamp' && e.keyword !== 'blob' && e.propertyName === undefined) continue;
    out.push(toProblem(e, root));
  }
  return out;
}
