/**
 * Our own ajv keywords, for what JSON Schema cannot say. Each generates inline code; the runtime helpers
 * it calls are emitted as references to `runtime/validation.ts` (imported by the generated module), so
 * the standalone code needs neither ajv nor anything else at run time.
 */
import type { Ajv, CodeKeywordDefinition, KeywordCxt } from 'ajv';
import { _, getProperty, Name, type Code } from 'ajv/dist/compile/codegen/index.js';
import { blobByteLength, codePointLength, isBlob, patternRegExp } from '../../../../runtime/validation.js';

/** The runtime helpers the compiled code can call; the generated module imports those it uses. */
export const RUNTIME_HELPERS = ['blobByteLength', 'codePointLength', 'isBlob', 'patternRegExp'] as const;
export type RuntimeHelper = (typeof RUNTIME_HELPERS)[number];
const helperRefs: Record<RuntimeHelper, unknown> = { blobByteLength, codePointLength, isBlob, patternRegExp };

/** Records, during one compilation, which runtime helpers the generated code refers to. */
export type HelperUse = Set<RuntimeHelper>;

/** A reference to a runtime helper in generated code, recorded as used. */
function helper(cxt: KeywordCxt, name: RuntimeHelper, use: HelperUse): Name {
  use.add(name);
  return cxt.gen.scopeValue('func', { ref: helperRefs[name], code: new Name(name) });
}

const limitError = (keyword: string) => ({
  message: `fails ${keyword}`,
  params: ({ schema }: { schema: unknown }) => _`{limit: ${schema as number}}`,
});

/**
 * Lengths in code points. A string has at least length/2 and at most length code points, so the count
 * is only needed when the UTF-16 length alone cannot decide: the common case costs one comparison.
 */
const cpMaxLength = (use: HelperUse): CodeKeywordDefinition => ({
  keyword: 'cpMaxLength',
  type: 'string',
  schemaType: 'number',
  error: limitError('cpMaxLength'),
  code(cxt) {
    const { data, schema } = cxt;
    cxt.fail(_`${data}.length > ${schema as number} && ${helper(cxt, 'codePointLength', use)}(${data}) > ${schema as number}`);
  },
});

const cpMinLength = (use: HelperUse): CodeKeywordDefinition => ({
  keyword: 'cpMinLength',
  type: 'string',
  schemaType: 'number',
  error: limitError('cpMinLength'),
  code(cxt) {
    const { data, schema } = cxt;
    const min = schema as number;
    cxt.fail(_`${data}.length < ${2 * min} && ${helper(cxt, 'codePointLength', use)}(${data}) < ${min}`);
  },
});

/** A pattern that only compiles without the `u` flag (see validate/patterns.ts). */
const legacyPattern = (use: HelperUse): CodeKeywordDefinition => ({
  keyword: 'legacyPattern',
  type: 'string',
  schemaType: 'string',
  error: { message: 'fails legacyPattern', params: ({ schema }) => _`{pattern: ${schema as string}}` },
  code(cxt) {
    const { gen, data, schema } = cxt;
    const source = schema as string;
    const make = helper(cxt, 'patternRegExp', use);
    const rx = gen.scopeValue('pattern', { key: `legacy:${source}`, ref: patternRegExp(source, ''), code: _`${make}(${source}, "")` });
    cxt.fail(_`!${rx}.test(${data})`);
  },
});

const timestamp: CodeKeywordDefinition = {
  keyword: 'timestamp',
  schemaType: 'boolean',
  error: { message: 'fails timestamp' },
  code(cxt) {
    const { data } = cxt;
    cxt.fail(_`!(${data} instanceof Date) || isNaN(${data}.getTime())`);
  },
};

const blob = (use: HelperUse): CodeKeywordDefinition => ({
  keyword: 'blob',
  schemaType: 'boolean',
  error: { message: 'fails blob' },
  code(cxt) {
    cxt.fail(_`!${helper(cxt, 'isBlob', use)}(${cxt.data})`);
  },
});

function byteLimit(keyword: string, op: '<' | '>', use: HelperUse): CodeKeywordDefinition {
  return {
    keyword,
    schemaType: 'number',
    error: limitError(keyword),
    code(cxt) {
      const { data, schema } = cxt;
      const length = _`${helper(cxt, 'blobByteLength', use)}(${data})`;
      const cmp = op === '<' ? _`${length} < ${schema as number}` : _`${length} > ${schema as number}`;
      cxt.fail(_`${helper(cxt, 'isBlob', use)}(${data}) && ${cmp}`);
    },
  };
}

/** A union sets exactly one of its members (listed in the keyword; unknown members are another rule's). */
const union: CodeKeywordDefinition = {
  keyword: 'union',
  type: 'object',
  schemaType: 'array',
  error: { message: 'fails union' },
  code(cxt) {
    const { data } = cxt;
    const members = cxt.schema as string[];
    const count = members.reduce<Code>((sum, m, i) => {
      const one = _`(${data}${getProperty(m)} !== undefined ? 1 : 0)`;
      return i === 0 ? one : _`${sum} + ${one}`;
    }, _`0`);
    cxt.fail(_`${count} !== 1`);
  },
};

/** Our keywords, recording the helpers their code uses in `use`. */
export function keywords(use: HelperUse): CodeKeywordDefinition[] {
  return [
    cpMaxLength(use),
    cpMinLength(use),
    legacyPattern(use),
    timestamp,
    blob(use),
    byteLimit('minBytes', '<', use),
    byteLimit('maxBytes', '>', use),
    union,
  ];
}

/**
 * The RegExp engine for ajv's own `pattern` keyword in the compiled code: the runtime's `patternRegExp`
 * (same matches, no captures recorded). Error messages still quote the model's pattern. ajv calls it once
 * per pattern at compile time, which is when the use is recorded.
 */
export function patternEngine(use: HelperUse) {
  return Object.assign(
    (source: string, flags: string) => {
      use.add('patternRegExp');
      return patternRegExp(source, flags);
    },
    { code: 'patternRegExp' },
  );
}

/** Registers our keywords on an ajv instance (also used by the benchmark's default-options baseline). */
export function addKeywords(ajv: Ajv, use: HelperUse = new Set()): Ajv {
  for (const k of keywords(use)) ajv.addKeyword(k);
  return ajv;
}
