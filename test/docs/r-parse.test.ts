/** The R parse check (`\code{}` or `\verb{}`) against R's own parser (R 4.3 under webR). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canParseR } from '../../generator/emit/docs/r-parse.js';
import { parsesAsOneExpression } from '../../scripts/r/programs.js';
import { sharedR } from '../support/r.js';
import { awsModelFiles } from '../support/shared.js';

const CASES: Array<[string, boolean]> = [
  ['NextToken', true], ['x$y', true], ['f(a = 1, b)', true], ['a[[1]]', true], ['x-amz-date', true], ['1e5', true],
  ['"quoted"', true], ['TRUE', true], ['function(x) x + 1', true], ['if (a) b else c', true], ['{a; b}', true],
  ['a b', false], ['AWS::S3::Bucket', false], ['x$1', false], [';a', false], ['a; b', false], ['', false],
  ['"unterminated', false], ['a == b == c', false], ['s3://bucket/key', false], ['1.0.0', false], ['*', false], ['\\q', false],
];

describe('canParseR', () => {
  it.each(CASES)('%j parses: %s', (code, expected) => {
    expect(canParseR(code)).toBe(expected);
  });

  it('agrees with R on every inline code string of a sample of catalog models', async () => {
    const codes = new Set<string>(CASES.map((c) => c[0]).filter((c) => c !== ''));
    const files = awsModelFiles();
    for (const file of files.filter((_, i) => i % 6 === 0)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<code>([^<\n]{1,60})<\/code>/g)) {
        const code = JSON.parse(`"${m[1]}"`) as string;
        if (!code.includes('\n')) codes.add(code);
      }
    }
    const list = [...codes];
    const r = await sharedR('4.3');
    const parsed = await parsesAsOneExpression(r, list);
    expect(parsed.length).toBe(list.length);
    const differ = list.filter((code, i) => canParseR(code) !== parsed[i]);
    console.log(`canParseR agrees with R (${r.description}) on ${list.length - differ.length}/${list.length} code strings`);
    expect(list.length).toBeGreaterThan(1_000);
    expect(differ).toEqual([]);
  });
});
