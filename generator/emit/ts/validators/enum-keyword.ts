/**
 * `enum`, in place of ajv's own. ajv writes `data === v1 || data === v2 || ...` and builds that chain by
 * copying it once per value, which is quadratic: on EC2 and SageMaker it was a seventh of the
 * validators' generation time (EC2 has enums of hundreds of values). Here a short enum is the same chain,
 * built in one pass, and a long one a lookup in a Set declared once per module (`keywordN`, ajv's prefix
 * for a keyword's values; also faster at run time than hundreds of comparisons). The keyword, its place in the schema path and its `allowedValues`
 * parameter are ajv's.
 */
import type { Ajv, CodeKeywordDefinition } from 'ajv';
import { _, stringify } from 'ajv/dist/compile/codegen/index.js';
import { _Code, type Name } from 'ajv/dist/compile/codegen/code.js';

/** From this many values on, a Set lookup instead of comparisons. */
export const SET_FROM = 8;


type Value = string | number | boolean | null;

/** `data !== v1 && data !== v2 ...` as one code node, in one pass over the values. */
function noneEqual(data: Name, values: readonly Value[]): _Code {
  const items: (string | Name)[] = [];
  values.forEach((v, i) => items.push(...(i === 0 ? [] : [' && ']), data, ` !== ${stringify(v).toString()}`));
  return new _Code(items);
}

const enumKeyword: CodeKeywordDefinition = {
  keyword: 'enum',
  schemaType: 'array',
  error: {
    message: 'must be equal to one of the allowed values',
    params: ({ params }) => _`{allowedValues: ${params.allowedValues}}`,
  },
  code(cxt) {
    const { gen, data } = cxt;
    const values = cxt.schema as Value[];
    if (values.length === 0 || values.some((v) => v !== null && typeof v === 'object')) throw new Error('shapegen: enum values must be a non-empty list of scalars');
    if (values.length < SET_FROM) {
      cxt.setParams({ allowedValues: stringify(values) });
      cxt.fail(noneEqual(data, values));
      return;
    }
    const key = JSON.stringify(values);
    const set = gen.scopeValue('keyword', { key, ref: new Set(values), code: _`/* @__PURE__ */ new Set(${stringify(values)})` });
    // The list for the error is made when the check fails, from the Set: the values appear once in the code.
    cxt.setParams({ allowedValues: _`[...${set}]` });
    cxt.fail(_`!${set}.has(${data})`);
  },
};

export function replaceEnum(ajv: Ajv): Ajv {
  ajv.removeKeyword('enum');
  return ajv.addKeyword(enumKeyword);
}
