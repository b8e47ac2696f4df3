/**
 * The format stage: the built-in emitters lay their TypeScript out themselves (prettier on them was 40% of
 * a catalog run), so every file they write is marked `preformatted`, parses without a syntax error and
 * keeps to the line width where the writers decide the layout (tables, unions, imports, signatures); a
 * file a custom emitter leaves unmarked still goes through prettier.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitService } from '../../generator/pipeline.js';
import { formatFiles } from '../../generator/format/format.js';
import { LINE_WIDTH } from '../../generator/context/ts-literal.js';
import { loadContext } from '../support/context.js';
import { requireShared } from '../support/shared.js';

const models = () => [
  'schema/voiceid.yaml',
  requireShared('models', 'aws-sdk-js-2.1386.0', 'dynamodb-2012-08-10.normal.json'),
  requireShared('models', 'aws-sdk-js-2.1386.0', 's3-2006-03-01.normal.json'),
];

/** Lines a writer could have broken and did not: over the width, and not one unbreakable token or comment. */
function overlong(text: string): string[] {
  return text.split('\n').filter((l) => l.length > LINE_WIDTH && /^\s*(\w+: [{[]|\| |import |export (type|interface|const) )/.test(l));
}

describe('format stage', () => {
  it('leaves the built-in files as emitted: marked preformatted, valid TypeScript, tables and unions within the width', async () => {
    let checked = 0;
    for (const model of models()) {
      for (const file of emitService(loadContext(model)).filter((f) => f.path.endsWith('.ts'))) {
        expect(file.preformatted, file.path).toBe(true);
        const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
        const syntax = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
        expect(syntax.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), file.path).toEqual([]);
        // The compiled checks (src/validators/*.ts) are ajv's machine code, left as it writes it.
        if (!file.path.includes('/runtime/') && !file.path.includes('/src/validators/') && !/client|paginators/.test(file.path)) expect(overlong(file.contents), file.path).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  }, 300_000);

  it('runs prettier on a file its emitter did not lay out', async () => {
    const [out] = await formatFiles([{ path: 'svc/src/custom.ts', contents: 'export const  x = {a:1,\nb:"two"}\n' }]);
    expect(out.contents).toBe("export const x = { a: 1, b: 'two' };\n");
  });
});
