/** The R parse check (`\code{}` or `\verb{}`) against R's own parser. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canParseR } from '../../generator/emit/docs/r-parse.js';
import { findRscript } from '../../scripts/check-rd.js';
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

  const dir = mkdtempSync(join(tmpdir(), 'shapegen-rparse-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('agrees with R on every inline code string of a sample of catalog models', () => {
    const codes = new Set<string>(CASES.map((c) => c[0]).filter((c) => c !== ''));
    const files = awsModelFiles();
    for (const file of files.filter((_, i) => i % 6 === 0)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<code>([^<\n]{1,60})<\/code>/g)) {
        const code = JSON.parse(`"${m[1]}"`) as string;
        if (!code.includes('\n')) codes.add(code);
      }
    }
    const list = [...codes];
    writeFileSync(join(dir, 'codes.txt'), list.join('\n') + '\n');
    writeFileSync(
      join(dir, 'codes.R'),
      'txt <- readLines(commandArgs(TRUE)[1], encoding = "UTF-8")\n' +
        'ok <- vapply(txt, function(s) tryCatch(length(parse(text = s, keep.source = FALSE)) == 1L, error = function(e) FALSE), TRUE)\n' +
        'writeLines(ifelse(ok, "1", "0"))\n',
    );
    const out = execFileSync(findRscript(), ['--vanilla', join(dir, 'codes.R'), join(dir, 'codes.txt')], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    const r = out.trim().split('\n');
    expect(r.length).toBe(list.length);
    const differ = list.filter((code, i) => (canParseR(code) ? '1' : '0') !== r[i]);
    console.log(`canParseR agrees with R on ${list.length - differ.length}/${list.length} code strings`);
    expect(differ).toEqual([]);
  });
});
