/**
 * Differential test of the HTML -> Markdown converter against pandoc 2.17 (`-f html -t commonmark`, the tool
 * the reference used), through pandoc's committed answers (test/fixtures/pandoc-goldens/, refreshed by
 * `npm run goldens:pandoc`; the inputs are in scripts/pandoc/inputs.ts): tricky inputs and every Voice ID
 * documentation string exactly, and a sample of the catalog at a high bar. No pandoc is needed.
 */
import { describe, expect, it } from 'vitest';
import { convertBlocks } from '../../generator/emit/docs/blocks-rd.js';
import { readDoc } from '../../generator/emit/docs/convert.js';
import { compareWithGolden, goldenText, readGolden, REFRESH_COMMAND, sha256, type GoldenFile } from '../../scripts/pandoc/golden.js';
import { catalogDocSample, pandocInput, pandocSet, PANDOC_SETS, trickyDocs, voiceIdDocs } from '../../scripts/pandoc/inputs.js';

const NO_LINKS = { get: () => undefined };

function converted(doc: string): string {
  return convertBlocks(readDoc(doc.trim(), NO_LINKS), 'description').md;
}

interface Comparison {
  readonly same: number;
  readonly missing: number;
  readonly misses: { html: string; want: string | undefined; got: string }[];
}

function compareAll(golden: GoldenFile, docs: readonly string[]): Comparison {
  let same = 0;
  let missing = 0;
  const misses: { html: string; want: string | undefined; got: string }[] = [];
  for (const doc of docs) {
    const input = pandocInput(doc);
    const got = converted(doc);
    const verdict = compareWithGolden(golden, input, got);
    if (verdict === 'same') same++;
    else if (verdict === 'missing') missing++;
    else misses.push({ html: doc.trim(), want: goldenText(golden, input), got });
  }
  return { same, missing, misses };
}

/** Every input has pandoc's answer: otherwise an input changed and the goldens must be refreshed. */
function expectAnswered(c: Comparison, set: string): void {
  expect(c.missing, `${c.missing} inputs of "${set}" have no pandoc answer: run \`${REFRESH_COMMAND}\` where pandoc 2.17 is installed`).toBe(0);
}

describe('HTML -> Markdown converter against pandoc (committed answers)', () => {
  it('matches pandoc exactly on tricky inputs', () => {
    const c = compareAll(readGolden(pandocSet('tricky')), trickyDocs());
    expectAnswered(c, 'tricky');
    expect(c.misses).toEqual([]);
    expect(c.same).toBe(trickyDocs().length);
  });

  it('matches pandoc exactly on every Voice ID documentation string', () => {
    const golden = readGolden(pandocSet('voiceid-docs'));
    const docs = voiceIdDocs();
    const c = compareAll(golden, docs);
    console.log(`pandoc oracle (${golden.pandoc}), Voice ID: ${c.same}/${docs.length} strings identical`);
    expectAnswered(c, 'voiceid-docs');
    expect(c.misses).toEqual([]);
    expect(docs.length).toBeGreaterThan(50);
  });

  it('matches pandoc on a sample of the catalog at a high rate', () => {
    const golden = readGolden(pandocSet('catalog-docs'));
    const docs = catalogDocSample();
    const c = compareAll(golden, docs);
    const rate = c.same / docs.length;
    console.log(`pandoc oracle (${golden.pandoc}), catalog sample: ${c.same}/${docs.length} strings identical (${(rate * 100).toFixed(1)}%)`);
    for (const m of c.misses.slice(0, 3)) console.log(`miss: ${m.html.slice(0, 160)}`);
    expectAnswered(c, 'catalog-docs');
    expect(docs.length).toBe(601);
    expect(c.same).toBeGreaterThanOrEqual(599); // the count reached (99.7%): it may only go up
  });

  it('has pandoc\'s answers for exactly the inputs of each set (none missing, none stale)', async () => {
    for (const set of PANDOC_SETS.filter((s) => !s.needsR)) {
      const keys = new Set((await set.inputs(undefined)).map(sha256));
      expect(new Set(Object.keys(readGolden(set).outputs)), `${set.name}: run \`${REFRESH_COMMAND} ${set.name}\``).toEqual(keys);
    }
  });

  it('fails a changed converter output, and an input pandoc was not asked about (text and hashed goldens)', () => {
    for (const [name, docs] of [['voiceid-docs', voiceIdDocs()], ['catalog-docs', catalogDocSample()]] as const) {
      const golden = readGolden(pandocSet(name));
      const doc = docs.find((d) => compareWithGolden(golden, pandocInput(d), converted(d)) === 'same')!;
      const input = pandocInput(doc);
      const got = converted(doc);
      expect(compareWithGolden(golden, input, got)).toBe('same');
      expect(compareWithGolden(golden, input, got + '\n')).toBe('differs');
      expect(compareWithGolden(golden, input, got.replace(/[a-z]/, (c) => c.toUpperCase()))).toBe('differs');
      expect(compareWithGolden(golden, input, '')).toBe('differs');
      expect(compareWithGolden(golden, input.replace('>', '> '), got)).toBe('missing');
    }
  });
});
