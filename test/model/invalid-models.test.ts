/**
 * The invalid-model corpus: each `test/fixtures/invalid/<case>/model.yaml` comes with `expected.json`, the
 * problems it must produce as data (code, severity, path, line, column). None may crash the loader, and
 * `generate` on it must exit 1 and write nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelFile, loadModelText } from '../../generator/load/load-model.js';
import { MAX_MODEL_BYTES } from '../../generator/load/yaml-source.js';
import { main } from '../../generator/cli/main.js';
import { testSession } from '../support/context.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'invalid');
const cases = readdirSync(corpus).sort();

function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  return fn().finally(() => {
    process.stdout.write = out;
    process.stderr.write = err;
  });
}

describe('invalid model corpus', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s reports exactly its expected problems', (name) => {
    const file = join(corpus, name, 'model.yaml');
    const expected = JSON.parse(readFileSync(join(corpus, name, 'expected.json'), 'utf8'));
    const result = loadModelFile(file, testSession);
    expect(result.model).toBeUndefined();
    const actual = result.problems.map(({ code, severity, path, line, column }) => ({ code, severity, path, line, column }));
    expect(actual).toEqual(expected);
    for (const p of result.problems) {
      expect(p.file).toBe(file);
      expect(p.message.length).toBeGreaterThan(20);
    }
  });

  it.each(cases)('generate on %s exits 1 and writes nothing', async (name) => {
    const out = mkdtempSync(join(tmpdir(), 'shapegen-invalid-'));
    try {
      const code = await quietly(() => main(['generate', join(corpus, name, 'model.yaml'), '--out', out]));
      expect(code).toBe(1);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('pathological input', () => {
  it('rejects a file over the size limit without parsing it', () => {
    const big = 'shapegen: 1\n' + '#'.repeat(MAX_MODEL_BYTES) + '\n';
    const result = loadModelText('big.yaml', big, testSession);
    expect(result.problems.map((p) => p.code)).toEqual(['file-too-large']);
  });

  it('handles a deeply nested block mapping without crashing', () => {
    let text = 'shapegen: 1\nmetadata:\n';
    for (let i = 1; i < 300; i++) text += ' '.repeat(i * 2) + `k${i}:\n`;
    const result = loadModelText('deep.yaml', text, testSession);
    expect(result.model).toBeUndefined();
    expect(result.problems.length).toBeGreaterThan(0);
  });

  it('locates problems in an AWS JSON model by line and column', () => {
    const json = '{\n  "metadata": {"apiVersion": "1", "protocol": "json", "serviceFullName": "X", "targetPrefix": "X"},\n  "operations": {\n    "Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "Missing"}}\n  },\n  "shapes": {}\n}\n';
    const dir = mkdtempSync(join(tmpdir(), 'shapegen-json-'));
    try {
      const file = join(dir, 'x.normal.json');
      const result = loadModelText(file, json, testSession);
      expect(result.problems.map(({ code, line, column }) => ({ code, line, column }))).toEqual([
        { code: 'unknown-shape', line: 4, column: 92 },
      ]);
      expect(existsSync(file)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports malformed JSON with its position', () => {
    const result = loadModelText('bad.normal.json', '{\n  "metadata": {,\n}', testSession);
    expect(result.problems[0]).toMatchObject({ code: 'json-syntax', line: 2 });
  });
});
