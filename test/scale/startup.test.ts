/**
 * The "nothing changed" run loads none of the emitters' machinery: the unchanged catalog's time was mostly
 * module loading (ts-morph's TypeScript twice, prettier, ajv). The CLI runs as users run it (bin/, compiled
 * dist/) with a module hook that lists every module loaded; the second run of a model must load none of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';

const work = mkdtempSync(join(tmpdir(), 'shapegen-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const log = join(work, 'loaded.txt');
const hooks = join(work, 'hooks.mjs');
const register = join(work, 'register.mjs');
writeFileSync(hooks, `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }
export async function resolve(spec, context, next) { const r = await next(spec, context); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }
`);
writeFileSync(register, `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

function generate(): string[] {
  rmSync(log, { force: true });
  writeFileSync(log, '');
  const args = ['--import', pathToFileURL(register).href, join(projectRoot, 'bin', 'shapegen.js'), 'generate', join(projectRoot, 'schema', 'voiceid.yaml'), '--out', join(work, 'out'), '--cache-dir', join(work, 'cache')];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: work });
  expect(r.stderr.replace(/\r?[^\n]*\r/g, '')).not.toMatch(/error/i);
  expect(r.status).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const HEAVY = [/\/node_modules\/(ts-morph|@ts-morph|typescript|prettier|ajv|handlebars|yaml|htmlparser2)\//, /\/dist\/generator\/(pipeline\.js|emit\/|ir\/|importer\/)/];

describe('start-up of a run where nothing changed', () => {
  it('loads the emitters on a cold run (the hook sees them, so the check can fail)', () => {
    const loaded = generate();
    expect(loaded.some((u) => HEAVY[1].test(u))).toBe(true);
  });

  it('loads neither the pipeline nor its libraries when every model is up to date', () => {
    const loaded = generate();
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded.filter((u) => HEAVY.some((h) => h.test(u)))).toEqual([]);
  });
});
