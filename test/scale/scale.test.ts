/** The catalog engine: worker threads give the same bytes as one thread; the cache gives them back unchanged. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, newestPerService } from '../../generator/scale/generate.js';
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
