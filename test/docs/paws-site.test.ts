/**
 * The 1,000 published reference pages of `reference/paws-site/` (every kind of rendering rule of the whole
 * site), generated with the link map the site implies: how many are byte-identical (a trailing newline
 * aside), and why each other one differs. The threshold is the count reached, so it can only go up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitDocs } from '../../generator/emit/docs/index.js';
import { readLinkMap } from '../../generator/links/link-map.js';
import { contextOf } from '../../generator/pipeline.js';
import { requireShared } from '../support/shared.js';
import { testSession } from '../support/context.js';
import { loadService, toMap } from './helpers.js';

const REACHED = 999;

/** Why the pages that still differ do; a page missing here is reported as unexplained. */
const KNOWN: Readonly<Record<string, string>> = {
  's3.md': "the S3 service page lists the paws package's own S3 operations (download_file, ...), which no model has",
};

function firstDifference(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: want ${JSON.stringify(a[i] ?? '')}, got ${JSON.stringify(b[i] ?? '')}`;
  }
  return 'trailing content';
}

describe('the published reference site (1,000 pages)', () => {
  it(`reproduces at least ${REACHED} pages byte for byte`, () => {
    const dir = requireShared('reference', 'paws-site');
    const models = requireShared('models', 'aws-sdk-js-2.1386.0');
    const links = readLinkMap(requireShared('links', 'paws-site-2023.json'));
    const rows = readFileSync(join(dir, 'index.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const byModel = new Map<string, string[]>();
    for (const [page, model] of rows) byModel.set(model, [...(byModel.get(model) ?? []), page]);
    let identical = 0;
    const differing: string[] = [];
    for (const [model, pages] of byModel) {
      const files = toMap(emitDocs(contextOf(loadService(join(models, model)).ir, testSession, { links })));
      for (const page of pages) {
        const want = readFileSync(join(dir, 'md', page), 'utf8').replace(/\n$/, '');
        const got = files.get(page)?.replace(/\n$/, '');
        if (got === want) identical++;
        else differing.push(`${page}: ${KNOWN[page] ?? `unexplained (${got === undefined ? 'not generated' : firstDifference(want, got)})`}`);
      }
    }
    console.log(`identical ${identical}/${rows.length}\n${differing.map((d) => `  differs: ${d}`).join('\n')}`);
    expect(rows.length).toBe(1000);
    expect(identical).toBeGreaterThanOrEqual(REACHED);
    expect(differing.filter((d) => d.includes('unexplained'))).toEqual([]);
  }, 600_000);
});
