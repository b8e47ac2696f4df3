/** The split of the compiled checks into per-input modules, the shared one and the other one (split.ts). */
import { describe, expect, it } from 'vitest';
import { OTHER, splitChecks, type CheckModule, type Place } from '../../generator/emit/ts/validators/split.js';

/** A function in the form ajv-output.ts leaves every check in, calling `calls`. */
function check(name: string, calls: string[] = [], body = ''): string {
  return [
    `function ${name}(data: any, instancePath: string = ""): boolean {`,
    'let vErrors: any = null;',
    'let errors = 0;',
    ...calls.map((c) => `if(!${c}(data, instancePath)){\nerrors++;\n}`),
    body,
    'if(errors === 0){',
    'return true;',
    '}',
    `(${name} as CompiledCheck).errors = vErrors;`,
    'return false;',
    '}',
  ].join('\n');
}

const CODE = [
  'export const AInput: CompiledCheck = validate1;',
  'const schema1 = {"type":"object","pattern":"{a}\\"}"};',
  check('validate1', ['validate9', 'validate5'], 'if(schema1.type === "}"){\nerrors++;\n}'),
  'export const BInput: CompiledCheck = validate2;',
  check('validate2', ['validate9']),
  'export const COutput: CompiledCheck = validate3;',
  check('validate3', ['validate9', 'validate4', 'validate5']),
  check('validate5'),
  'const func2 = codePointLength;',
  check('validate9', [], 'if(func2(data) > 3){\nerrors++;\n}'),
  check('validate4'),
].join('\n');

const byPlace = (modules: CheckModule[]) => new Map<Place, CheckModule>(modules.map((m) => [m.place, m]));
const names = (m: CheckModule | undefined) => [...(m?.code ?? '').matchAll(/^(?:export )?(?:const|function) (\w+)/gm)].map((x) => x[1]);

describe('splitting the compiled checks', () => {
  // Nothing copied: every shared declaration in its shared module.
  const modules = byPlace(splitChecks(CODE, new Set(['AInput', 'BInput']), 0));

  it('gives an input what it alone of the inputs reaches, a set of inputs what they share, and the rest to the other module', () => {
    expect([...modules.keys()]).toEqual(['AInput', 'BInput', OTHER, 0]);
    expect(names(modules.get('AInput'))).toEqual(['AInput', 'schema1', 'validate1', 'validate5']);
    expect(names(modules.get('BInput'))).toEqual(['BInput', 'validate2']);
    expect(names(modules.get(OTHER))).toEqual(['COutput', 'validate3', 'validate4']);
    expect(names(modules.get(0))).toEqual(['func2', 'validate9']);
  });

  it('exports what another module imports, and says which roots each module exports', () => {
    expect(modules.get('AInput')!.imports).toEqual(new Map([[0, ['validate9']]]));
    expect(modules.get(OTHER)!.imports).toEqual(new Map<unknown, string[]>([[0, ['validate9']], ['AInput', ['validate5']]]));
    expect(modules.get(0)!.code).toContain('export function validate9(');
    expect(modules.get('AInput')!.code).toContain('export function validate5(');
    expect(modules.get('AInput')!.code).not.toContain('export function validate1(');
    expect(modules.get(0)!.code).toMatch(/^const func2 = codePointLength;$/m);
    expect(modules.get(OTHER)!.roots).toEqual(['COutput']);
  });

  it('makes a shared module per set of inputs that reach a declaration', () => {
    const code = [
      'export const AInput: CompiledCheck = validate1;',
      check('validate1', ['validate8', 'validate9']),
      'export const BInput: CompiledCheck = validate2;',
      check('validate2', ['validate9']),
      'export const DInput: CompiledCheck = validate3;',
      check('validate3', ['validate8']),
      check('validate8'),
      check('validate9'),
    ].join('\n');
    const split = byPlace(splitChecks(code, new Set(['AInput', 'BInput', 'DInput']), 0));
    expect([...split.keys()]).toEqual(['AInput', 'BInput', 'DInput', 0, 1]);
    expect(names(split.get(0))).toEqual(['validate8']);
    expect(names(split.get(1))).toEqual(['validate9']);
    expect(split.get('AInput')!.imports).toEqual(new Map([[0, ['validate8']], [1, ['validate9']]]));
    expect(split.get('DInput')!.imports).toEqual(new Map([[0, ['validate8']]]));
  });

  it('keeps every declaration, once, whole (braces inside strings do not end a function)', () => {
    const all = [...modules.values()].flatMap((m) => names(m)).sort();
    expect(all).toEqual(['AInput', 'BInput', 'COutput', 'func2', 'schema1', 'validate1', 'validate2', 'validate3', 'validate4', 'validate5', 'validate9'].sort());
    expect(modules.get('AInput')!.code).toContain('if(schema1.type === "}"){');
  });

  it('copies a small shared declaration into each module that uses it, with what it uses, and keeps a large one shared', () => {
    const big = 'x'.repeat(120);
    const code = [
      'export const AInput: CompiledCheck = validate1;',
      check('validate1', ['validate8', 'validate9']),
      'export const BInput: CompiledCheck = validate2;',
      check('validate2', ['validate8', 'validate9']),
      'export const COutput: CompiledCheck = validate3;',
      check('validate3', ['validate8']),
      'const func2 = codePointLength;',
      check('validate8', [], 'if(func2(data) > 3){\nerrors++;\n}'),
      check('validate9', [], `if(data === "${big}"){\nerrors++;\n}`),
    ].join('\n');
    const limit = check('validate8', [], 'if(func2(data) > 3){\nerrors++;\n}').length;
    const split = byPlace(splitChecks(code, new Set(['AInput', 'BInput']), limit));
    // validate9 is over the limit: the one shared module, numbered 0; validate8 and the func2 it uses are copied.
    expect([...split.keys()]).toEqual(['AInput', 'BInput', OTHER, 0]);
    expect(names(split.get('AInput'))).toEqual(['AInput', 'validate1', 'func2', 'validate8']);
    expect(names(split.get('BInput'))).toEqual(['BInput', 'validate2', 'func2', 'validate8']);
    expect(names(split.get(OTHER))).toEqual(['COutput', 'validate3', 'func2', 'validate8']);
    expect(names(split.get(0))).toEqual(['validate9']);
    expect(split.get('AInput')!.imports).toEqual(new Map([[0, ['validate9']]]));
    expect(split.get(OTHER)!.imports).toEqual(new Map());
    // A copy is nobody's export, and brings its helper's binding along.
    expect(split.get('AInput')!.code).toMatch(/^function validate8\(/m);
    expect(split.get('AInput')!.externals).toEqual(['codePointLength']);
    expect(split.get(0)!.externals).toEqual([]);
  });

  it('puts everything in the other module when no input is a chunk root', () => {
    expect([...byPlace(splitChecks(CODE, new Set())).keys()]).toEqual([OTHER]);
  });

  it('refuses a function that does not end as ajv-output.ts writes checks, and a statement it does not know', () => {
    expect(() => splitChecks('function validate1(data: any){\nreturn true;\n}', new Set())).toThrow(/validate1 does not end/);
    expect(() => splitChecks('export const A: CompiledCheck = validate1;\nvalidate1.errors = null;', new Set())).toThrow(/does not know/);
  });
});
