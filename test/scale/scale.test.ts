/**
 * The catalog engine: worker threads give the same bytes as one thread; the cache gives them back unchanged;
 * a model that a newer API version of its service supersedes is only validated, with the same results.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorSession } from '../../generator/context/session.js';
import { generateModel, type ModelOutput } from '../../generator/pipeline.js';
import { generate, newestPerService, type GenerateResult } from '../../generator/scale/generate.js';
import { cacheKey, OutputCache } from '../../generator/scale/cache.js';
import { WORKER_SCRIPT } from '../../generator/scale/pool.js';
import { existsSync } from 'node:fs';
import { requireShared } from '../support/shared.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'shapegen-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const models = () => [
  'schema/voiceid.yaml',
  requireShared('models', 'aws-sdk-js-2.1386.0', 'acm-2015-12-08.normal.json'),
  requireShared('models', 'aws-sdk-js-2.1386.0', 'kinesis-2013-12-02.normal.json'),
  requireShared('models', 'aws-sdk-js-2.1386.0', 'dynamodb-2011-12-05.normal.json'),
  requireShared('models', 'aws-sdk-js-2.1386.0', 'dynamodb-2012-08-10.normal.json'),
];

describe('generate (many models)', () => {
  it('needs the compiled worker (npm test builds it first)', () => {
    expect(existsSync(WORKER_SCRIPT), `${WORKER_SCRIPT} is missing: run \`npm run build\``).toBe(true);
  });

  it('gives the same files on two workers as in one thread, and from the cache', async () => {
    const one = await generate({ models: models(),  jobs: 1 });
    const two = await generate({ models: [...models()].reverse(),  jobs: 2, cacheDir });
    expect(two.generated).toBe(5);
    expect(two.files).toEqual(one.files);
    const again = await generate({ models: models(),  jobs: 2, cacheDir });
    expect(again.cached).toBe(5);
    expect(again.generated).toBe(0);
    expect(again.files).toEqual(one.files);
  });

  it('keeps the newest API version of a service', async () => {
    const r = await generate({ models: models(),  jobs: 1, cacheDir });
    expect(r.superseded).toEqual(['dynamodb-2011-12-05.normal.json -> dynamodb-2012-08-10.normal.json']);
    const prefixes = new Set(r.files.map((f) => f.path.split('/')[0]));
    expect([...prefixes].sort()).toEqual(['acm', 'dynamodb', 'kinesis', 'voiceid']);
    // The newer API's pages: TransactGetItems exists only in dynamodb-2012-08-10.
    expect(r.files.some((f) => f.path === 'dynamodb/docs/dynamodb_transact_get_items.Rd')).toBe(true);
  });

  it('keys the cache on the model bytes', () => {
    const [a, b] = models();
    expect(cacheKey(a, 'f')).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey(a, 'f')).toBe(cacheKey(a, 'f'));
    expect(cacheKey(a, 'f')).not.toBe(cacheKey(b, 'f'));
    // The generator's fingerprint and the emit options are part of the key.
    expect(cacheKey(a, 'g')).not.toBe(cacheKey(a, 'f'));
    expect(cacheKey(a, 'f', 'links')).not.toBe(cacheKey(a, 'f'));
  });

  it('keeps an entry whole: contents, flags and problems, renamed to the file asked for', () => {
    const cache = new OutputCache(cacheDir);
    const files = [
      { path: 'x/a.ts', contents: 'const a = "\\n";\n// é, 𝄞, \u2028\n', preformatted: true },
      { path: 'x/empty', contents: '' },
      { path: 'x/b.md', contents: '{"not":"a head"}\n' },
    ];
    const problem = { code: 'c', severity: 'warning' as const, file: 'x', path: '/shapes/A', line: 1, column: 2, message: 'm' };
    cache.put('cd'.repeat(32), { file: 'x', prefix: 'x', files, problems: [problem], timings: { load: 1 } });
    expect(cache.get('cd'.repeat(32), 'y')).toEqual({ file: 'y', prefix: 'x', files, problems: [{ ...problem, file: 'y' }] });
  });

  it('never gives a checked-only output (no files) for a whole one, nor the reverse', () => {
    const cache = new OutputCache(cacheDir);
    const key = 'ef'.repeat(32);
    cache.put(key, { file: 'x', prefix: 'x', files: [], problems: [], checkedOnly: true });
    expect(cache.get(key, 'y')).toBeUndefined();
    expect(cache.getChecked(key, 'y')).toEqual({ file: 'y', prefix: 'x', files: [], problems: [], checkedOnly: true });
    cache.put(key, { file: 'x', prefix: 'x', files: [{ path: 'x/a', contents: 'a' }], problems: [] });
    expect(cache.get(key, 'y')?.files).toHaveLength(1);
    expect(cache.getChecked(key, 'y')?.files).toEqual([]);
  });

  it('treats a missing, foreign or torn cache entry as a miss', () => {
    const cache = new OutputCache(cacheDir);
    const key = 'ab'.repeat(32);
    const path = join(cacheDir, 'ab', `${key}.br`);
    cache.put(key, { file: 'x', prefix: 'x', files: [{ path: 'x/a', contents: 'abc' }], problems: [] });
    expect(cache.get(key, 'y')).toMatchObject({ file: 'y', prefix: 'x' });
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 2));
    expect(cache.get(key, 'y')).toBeUndefined();
    writeFileSync(path, 'not brotli at all');
    expect(cache.get(key, 'y')).toBeUndefined();
    rmSync(path);
    expect(cache.get(key, 'y')).toBeUndefined();
  });

  it('picks the newest model per service folder by file name', () => {
    const out = (file: string, prefix: string) => ({ file, prefix, files: [], problems: [] });
    const r = newestPerService([out('/m/rds-2014-10-31.normal.json', 'rds'), out('/m/rds-2013-01-10.normal.json', 'rds'), out('/m/bad.yaml', '')]);
    expect(r.kept.map((o) => o.file)).toEqual(['/m/rds-2014-10-31.normal.json']);
    expect(r.superseded).toEqual(['rds-2013-01-10.normal.json -> rds-2014-10-31.normal.json']);
  });
});

/** A small AWS JSON model of one service at `version`: valid, invalid (an unknown input shape) or with a warning. */
function serviceModel(dir: string, version: string, kind: 'valid' | 'invalid' | 'warning' = 'valid'): string {
  const file = join(dir, `example-${version}.normal.json`);
  const input = kind === 'invalid' ? 'Missing' : 'GetThingRequest';
  writeFileSync(file, JSON.stringify({
    version: '2.0',
    metadata: { apiVersion: version, endpointPrefix: 'example', jsonVersion: '1.1', protocol: 'json', serviceFullName: 'Example Service', signatureVersion: 'v4', targetPrefix: 'Example' },
    ...(kind === 'warning' ? { documentation: 'Bell \u0007 here.' } : {}),
    operations: { [`Get${version.slice(0, 4)}`]: { name: `Get${version.slice(0, 4)}`, http: { method: 'POST', requestUri: '/' }, input: { shape: input }, output: { shape: 'GetThingResponse' } } },
    shapes: { GetThingRequest: { type: 'structure', members: { Id: { shape: 'Id' } } }, GetThingResponse: { type: 'structure', members: { Name: { shape: 'Id' } } }, Id: { type: 'string' } },
  }));
  return file;
}

/** The models whose emitters ran in this run (cached and checked-only outputs have no emit timings). */
function emitted(r: GenerateResult): string[] {
  return r.outputs.filter((o) => Object.keys(o.timings ?? {}).some((k) => k.startsWith('emit:'))).map((o) => basename(o.file)).sort();
}

describe('models that a newer API version supersedes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-superseded-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const session = new GeneratorSession();

  /** What a run gave when every model was emitted: each one whole, then the newest per folder. */
  async function everyModelEmitted(models: string[]) {
    const outputs: ModelOutput[] = [];
    for (const m of models) outputs.push(await generateModel(m, { session }));
    const { kept, superseded } = newestPerService(outputs);
    return { files: kept.flatMap((o) => o.files).sort((a, b) => (a.path < b.path ? -1 : 1)), problems: outputs.flatMap((o) => o.problems), superseded, kept: kept.map((o) => outputs.indexOf(o)) };
  }

  it.each([
    { name: 'two valid versions: only the newest is emitted', models: [['2021-01-01'], ['2020-01-01']], jobs: 1, emits: ['2021-01-01'] },
    { name: 'the same on two workers', models: [['2020-01-01'], ['2021-01-01']], jobs: 2, emits: ['2021-01-01'] },
    { name: 'three versions, the report chained', models: [['2019-01-01'], ['2021-01-01'], ['2020-01-01']], jobs: 1, emits: ['2021-01-01'] },
    { name: 'an older version\'s warnings are reported', models: [['2020-01-01', 'warning'], ['2021-01-01']], jobs: 1, emits: ['2021-01-01'] },
    { name: 'an invalid older version fails the run', models: [['2020-01-01', 'invalid'], ['2021-01-01']], jobs: 1, emits: ['2021-01-01'] },
    { name: 'an invalid newest version: the older one is kept, so emitted', models: [['2020-01-01'], ['2021-01-01', 'invalid']], jobs: 1, emits: ['2020-01-01'] },
  ] as const)('$name', async ({ models, jobs, emits }) => {
    const files = models.map(([version, kind]) => serviceModel(dir, version, kind));
    const want = await everyModelEmitted(files);
    const r = await generate({ models: files, jobs, session });
    expect(emitted(r)).toEqual(emits.map((v) => `example-${v}.normal.json`));
    expect(r.files).toEqual(want.files);
    expect(r.files.length).toBeGreaterThan(0);
    expect(r.problems).toEqual(want.problems);
    expect(r.superseded).toEqual(want.superseded);
    expect(r.kept).toEqual(want.kept);
    expect(r.generated).toBe(files.length);
  });

  it.each([
    { name: 'alone', later: ['2020-01-01'] },
    { name: 'as the newest', later: ['2019-01-01', '2020-01-01'] },
  ])('caches a checked-only model apart: $name later, it is emitted', async ({ later }) => {
    const cache = mkdtempSync(join(dir, 'cache-'));
    const model = (v: string) => serviceModel(dir, v, v === '2020-01-01' ? 'warning' : 'valid');
    const [v20, v21] = [model('2020-01-01'), model('2021-01-01')];
    const first = await generate({ models: [v20, v21], cacheDir: cache, session });
    expect(emitted(first)).toEqual([basename(v21)]);
    const again = await generate({ models: [v20, v21], cacheDir: cache, session });
    expect([again.cached, again.generated, emitted(again)]).toEqual([2, 0, []]);
    expect({ ...again, outputs: [] }).toEqual({ ...first, cached: 2, generated: 0, outputs: [] });
    const models = later.map(model);
    const r = await generate({ models, cacheDir: cache, session });
    expect(emitted(r)).toEqual([basename(v20)]);
    expect(r.files).toEqual((await everyModelEmitted(models)).files);
    expect(r.problems.map((p) => p.code)).toEqual(['control-character']);
  });
});
