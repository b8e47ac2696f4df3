/**
 * `additionalProperties`, in place of ajv's own. For a structure with more than 8 members ajv checks a key
 * with `hasOwnProperty` on the schema's `properties`, so it serialises the whole schema (nested definitions
 * too) into the code, once per such structure, for its member names alone; the output rewriting then had
 * to parse those copies back and replace them (734 ms of the 8.5 s in a profile of every 6th catalog
 * model's validators). Here the member names are a Set declared once per module (`keywordN`) from 8 names on, and a
 * chain of comparisons below that. A map's `additionalProperties` (a schema for every value) is checked
 * as ajv checks it. The keyword, its place among the object keywords, its schema path and its
 * `additionalProperty` parameter are ajv's.
 */
import type { Ajv, CodeKeywordDefinition, KeywordCxt } from 'ajv';
import { _, Name, stringify } from 'ajv/dist/compile/codegen/index.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import { alwaysValidSchema, Type } from 'ajv/dist/compile/util.js';
import { SET_FROM } from './enum-keyword.js';

/** ajv's error counter in the code it writes (its `names.errors`). */
const ERRORS = new Name('errors');

/** The one pattern member the schema builder writes: a `__proto__` member, which ajv's `properties` skips. */
const PROTO_PATTERN = '^__proto__$';

/** `key !== "a" && key !== "b" ...` as one code node, in one pass over the names. */
function noneEqual(key: Name, names: readonly string[]): _Code {
  const items: (string | Name)[] = [];
  names.forEach((n, i) => items.push(...(i === 0 ? [] : [' && ']), key, ` !== ${stringify(n).toString()}`));
  return new _Code(items);
}

/** The condition under which `key` is not a member of the structure; undefined when it has no members. */
function notMember(cxt: KeywordCxt, key: Name): _Code | undefined {
  const parent = cxt.parentSchema as { properties?: object; patternProperties?: object };
  const names = Object.keys(parent.properties ?? {});
  const patterns = Object.keys(parent.patternProperties ?? {});
  // The `__proto__` member's name is in `names` already; any other pattern is not something we write.
  if (patterns.some((p) => p !== PROTO_PATTERN)) throw new Error(`shapegen: unexpected patternProperties ${JSON.stringify(patterns)}`);
  if (patterns.length > 0 && !names.includes('__proto__')) names.push('__proto__');
  if (names.length === 0) return undefined;
  if (names.length < SET_FROM) return noneEqual(key, names);
  const set = cxt.gen.scopeValue('keyword', { key: JSON.stringify(names), ref: new Set(names), code: _`/* @__PURE__ */ new Set(${stringify(names)})` });
  return new _Code(['!', set, '.has(', key, ')']);
}

const membersKeyword: CodeKeywordDefinition = {
  keyword: 'additionalProperties',
  type: 'object',
  schemaType: ['boolean', 'object'],
  allowUndefined: true,
  trackErrors: true,
  before: 'dependencies',
  error: {
    message: 'must NOT have additional properties',
    params: ({ params }) => _`{additionalProperty: ${params.additionalProperty}}`,
  },
  code(cxt) {
    const { gen, schema, data, errsCount, it } = cxt;
    if (!errsCount) throw new Error('shapegen: the additionalProperties keyword needs its error count');
    it.props = true;
    if (alwaysValidSchema(it, schema)) return;
    if (schema === false) {
      gen.forIn('key', data, (key) => {
        const report = () => {
          cxt.setParams({ additionalProperty: key });
          cxt.error();
        };
        // A structure without members: every key is unknown.
        const condition = notMember(cxt, key);
        if (condition === undefined) report();
        else gen.if(condition, report);
      });
    } else {
      // A map: every value against the value schema.
      gen.forIn('key', data, (key) => {
        cxt.subschema({ keyword: 'additionalProperties', dataProp: key, dataPropType: Type.Str }, gen.name('valid'));
      });
    }
    cxt.ok(_`${errsCount} === ${ERRORS}`);
  },
};

export function replaceAdditionalProperties(ajv: Ajv): Ajv {
  ajv.removeKeyword('additionalProperties');
  return ajv.addKeyword(membersKeyword);
}
