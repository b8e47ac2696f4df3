/** Every published Voice ID page (30 Markdown, 30 Rd) reproduced byte for byte. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { requireShared } from '../support/shared.js';
import { voiceIdDocs } from './helpers.js';

function compare(kind: 'md' | 'rd', ext: string): { matched: number; total: number; diffs: string[] } {
  const dir = requireShared('reference', 'voiceid', kind);
  const names = readdirSync(dir).filter((f) => f.endsWith(ext)).sort();
  const { files } = voiceIdDocs();
  const diffs: string[] = [];
  let matched = 0;
  for (const name of names) {
    const want = readFileSync(join(dir, name), 'utf8');
    const got = files.get(name);
    if (got === want) matched++;
    else diffs.push(got === undefined ? `${name}: not generated` : createTwoFilesPatch(`reference/${name}`, `generated/${name}`, want, got));
  }
  return { matched, total: names.length, diffs };
}

describe('the Voice ID reference pages', () => {
  const md = compare('md', '.md');
  const rd = compare('rd', '.Rd');

  it('reproduces every page byte for byte', () => {
    console.log(`md ${md.matched}/${md.total}, rd ${rd.matched}/${rd.total}`);
    expect(md.total).toBe(30);
    expect(rd.total).toBe(30);
    expect(md.diffs.join('\n')).toBe('');
    expect(rd.diffs.join('\n')).toBe('');
    expect(md.matched).toBe(30);
    expect(rd.matched).toBe(30);
  });

  it('writes the three renderings of every operation and of the service page', () => {
    const { ctx, files } = voiceIdDocs();
    expect(files.size).toBe((ctx.ir.operations.length + 1) * 3);
    for (const op of ctx.ir.operations) for (const ext of ['Rd', 'md', 'txt']) expect(files.has(`${ctx.symbols.r(op.name).fileName}.${ext}`)).toBe(true);
  });
});
