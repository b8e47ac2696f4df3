/** The protocol runtime compiles under `--strict` without Node's type definitions (browsers, other runtimes). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { runtimeDir } from '../../generator/paths.js';

it('type-checks with lib ES2022 + DOM and no @types/node', () => {
  const files = readdirSync(runtimeDir)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('validation'))
    .map((f) => join(runtimeDir, f));
  expect(files.length).toBeGreaterThanOrEqual(9);
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    skipLibCheck: true,
  });
  const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(problems).toEqual([]);
});
