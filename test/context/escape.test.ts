/**
 * Model text in generated code: whatever the string, every place it can reach (the header's source name,
 * a title line, a doc comment, a line comment, a string literal, a template literal, an HTML comment) stays
 * text. The property: the file still parses, holds exactly the statements the emitter wrote, and the
 * literals evaluate back to the string; names that cannot be made safe are refused.
 */
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  fileNameSegment,
  htmlCommentText,
  identifier,
  npmPackageName,
  propertyKey,
  stringLiteral,
  templateLiteralText,
} from '../../generator/context/escape.js';
import { htmlHeader } from '../../generator/context/header.js';
import { TsWriter } from '../../generator/context/ts-writer.js';

/** Strings rich in what breaks code: comment ends, quotes, backticks, `${`, line terminators, controls. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', ''),
  fc.array(fc.constantFrom('*/', '/*', '//', '`', '${', '}', '"', "'", '\\', '\n', '\r', '\u2028', '\u2029', '-->', '<!--', '@', 'x', ' '), { maxLength: 20 }).map((a) => a.join('')),
);

function file(text: string): string {
  const w = new TsWriter('src/x.ts', text);
  w.titleLine(text);
  w.doc(text);
  w.doc([text, text]);
  w.comment(text);
  w.code(`export const s = ${stringLiteral(text)};`);
  w.code(`export const t = \`${templateLiteralText(text)}\`;`);
  w.code(`export const o = { ${propertyKey(text)}: 1 };`);
  return w.toString();
}

function evaluate(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', js)(exports);
  return exports;
}

describe('escaping of model text in generated TypeScript', () => {
  it('keeps any string as text in every place, and the literals round-trip', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const source = file(text);
        const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
        const diagnostics = (sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics;
        expect(diagnostics, source).toEqual([]);
        expect(sf.statements.map((s) => ts.isVariableStatement(s))).toEqual([true, true, true]);
        const out = evaluate(source);
        expect(out.s).toBe(text);
        expect(out.t).toBe(text);
        expect(Object.keys(out.o as object)).toEqual([text]);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps any string inside an HTML comment', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const comment = htmlHeader(text);
        expect(comment.startsWith('<!-- ')).toBe(true);
        expect(comment.slice(4, -3)).not.toContain('--');
        expect(comment.indexOf('-->')).toBe(comment.length - 3);
        expect(comment).not.toMatch(/[\n\r]/);
        expect(htmlCommentText(text)).not.toContain('>');
      }),
    );
  });

  it('refuses identifiers, file names and package names it cannot write as they are', () => {
    expect(identifier('Foo_1$')).toBe('Foo_1$');
    for (const bad of ['', '1a', 'a-b', 'a b', 'a\nb', 'x*/y']) expect(() => identifier(bad)).toThrow(/not a TypeScript identifier/);
    expect(fileNameSegment('voiceid_create_domain.Rd')).toBe('voiceid_create_domain.Rd');
    for (const bad of ['', '.', '..', 'a/b', 'a\\b', 'a\nb', 'a\u0000', 'x'.repeat(256), 'a:b']) expect(() => fileNameSegment(bad)).toThrow(/cannot be a file name/);
    expect(npmPackageName('@shapegen/voiceid')).toBe('@shapegen/voiceid');
    for (const bad of ['@shapegen/', '@shapegen/Voice', '@shapegen/a b', '@shapegen/a\n', '../x']) expect(() => npmPackageName(bad)).toThrow(/npm package name/);
  });
});
