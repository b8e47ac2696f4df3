/**
 * The hostile-input corpus (test/fixtures/hostile/cases.json), one table-driven run. For every case: no
 * crash anywhere (load, resolve, emit); an invalid case reports its codes, every error located (file, line,
 * column), and `generate` exits 1 writing nothing; a valid case reports its warnings, and its package passes
 * tsc --strict and its Rd pages R 4.3's checkRd (webR, as test/docs/checkrd.test.ts runs it) and the structural
 * Rd check (test/support/rd-check.ts, which names the line). A known failure must still fail, with its reason
 * printed: when it starts to pass, the test says to drop the mark. Prints the counts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/main.js';
import { loadModelFile, sourceName } from '../../generator/load/load-model.js';
import { resolve } from '../../generator/ir/resolve.js';
import { emitService } from '../../generator/pipeline.js';
import { checkRd } from '../../scripts/r/programs.js';
import { checkRdText } from '../support/rd-check.js';
import { sharedR } from '../support/r.js';
import { ctx, testSession } from '../support/context.js';
import { compilePackages, writeTemp } from '../ts-types/package-harness.js';
import { buildCase, type HostileCase } from './build-case.js';

const cases = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'cases.json'), 'utf8')) as { cases: HostileCase[] }).cases;
const work = mkdtempSync(join(tmpdir(), 'shapegen-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

interface Outcome {
  readonly c: HostileCase;
  crash?: string;
  /** What is wrong with the verdict (missing codes, unlocated errors, tsc or Rd problems). */
  readonly failures: string[];
  packageRoot?: string;
  prefix?: string;
  /** The case's Rd pages, written out for R's checkRd. */
  readonly rdFiles: string[];
}

async function runCase(c: HostileCase): Promise<Outcome> {
  const o: Outcome = { c, failures: [], rdFiles: [] };
  const dir = join(work, c.name);
  mkdirSync(dir);
  const file = buildCase(c, dir);
  try {
    const load = loadModelFile(file, testSession);
    const codes = new Set(load.problems.map((p) => p.code));
    for (const code of c.codes) if (!codes.has(code)) o.failures.push(`expected ${code}, got ${[...codes].join(', ') || 'nothing'}`);
    for (const p of load.problems) {
      if (p.severity === 'error' && (p.line < 1 || p.column < 1 || p.file === '')) o.failures.push(`${p.code} is not located`);
      if (p.message.length < 30) o.failures.push(`${p.code}: the message does not say what to do`);
    }
    if (c.verdict === 'invalid') {
      if (load.model) o.failures.push('accepted, but it is invalid');
      const out = join(dir, 'out');
      const code = await quietly(() => main(['generate', file, '--out', out, '--no-cache']));
      if (code !== 1) o.failures.push(`generate exited ${code}, not 1`);
      let written: string[] = [];
      try {
        written = readdirSync(out);
      } catch {
        // nothing written, not even the folder
      }
      if (written.length > 0) o.failures.push(`generate wrote ${written.join(', ')}`);
      return o;
    }
    if (!load.model) {
      o.failures.push(`rejected: ${load.problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.message}`).join('; ')}`);
      return o;
    }
    const context = ctx(resolve(load.model, sourceName(file)));
    const files = emitService(context);
    o.prefix = context.symbols.serviceDir;
    o.packageRoot = writeTemp(files, 'shapegen-hostile-pkg-');
    for (const f of files) {
      if (!f.path.endsWith('.Rd')) continue;
      for (const p of checkRdText(f.contents)) o.failures.push(`${f.path}:${p.line}: ${p.message}`);
      const rd = join(dir, `page-${o.rdFiles.length}.Rd`);
      writeFileSync(rd, f.contents);
      o.rdFiles.push(rd);
    }
  } catch (e) {
    o.crash = (e as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(e);
  }
  return o;
}

describe('the hostile-input corpus', () => {
  it('never crashes; invalid cases are located errors; valid cases compile under tsc --strict and give valid Rd', async () => {
    const outcomes: Outcome[] = [];
    for (const c of cases) outcomes.push(await runCase(c));
    // One TypeScript program for every valid package (each imports only within itself).
    const built = outcomes.filter((o) => o.packageRoot);
    const dirs = built.map((o) => join(o.packageRoot!, o.prefix!));
    const diagnostics = compilePackages(dirs);
    for (const d of diagnostics) {
      const owner = built.find((o) => d.includes(o.packageRoot!));
      if (owner) owner.failures.push(`tsc: ${d.slice(d.indexOf(owner.prefix!))}`);
      else throw new Error(`tsc: ${d}`);
    }
    for (const o of built) rmSync(o.packageRoot!, { recursive: true, force: true });
    // R's own checkRd over every valid case's pages in one batch run.
    const r = await sharedR('4.3');
    const pages = outcomes.flatMap((o) => o.rdFiles);
    const rd = await checkRd(r, pages);
    expect(rd.pages).toBe(pages.length);
    for (const p of rd.problems) outcomes.find((o) => o.rdFiles.includes(p.file))!.failures.push(`checkRd ${p.file}: ${p.message}`);

    const failed = (o: Outcome) => o.crash !== undefined || o.failures.length > 0;
    const unexpected = outcomes.filter((o) => failed(o) && !o.c.knownFailure);
    const known = outcomes.filter((o) => failed(o) && o.c.knownFailure);
    const fixed = outcomes.filter((o) => !failed(o) && o.c.knownFailure);
    const crashes = outcomes.filter((o) => o.crash !== undefined);
    const invalid = outcomes.filter((o) => o.c.verdict === 'invalid');
    const valid = outcomes.filter((o) => o.c.verdict === 'valid');
    const kinds = [...new Set(cases.map((c) => c.kind))];
    for (const o of known) console.log(`known failure ${o.c.name}: ${o.c.knownFailure}\n  now: ${o.crash ?? o.failures.slice(0, 2).join('; ')}`);
    for (const o of unexpected) console.log(`FAILED ${o.c.name}: ${o.crash ?? o.failures.slice(0, 5).join('; ')}`);
    console.log(
      `hostile corpus: ${cases.length} cases of ${kinds.length} kinds; ${crashes.filter((o) => !o.c.knownFailure).length} crashes (${crashes.length} with known failures); ` +
        `invalid ${invalid.filter((o) => !failed(o)).length}/${invalid.length} located and rejected with nothing written; ` +
        `valid ${valid.filter((o) => !failed(o)).length}/${valid.length} generate code that passes tsc --strict and Rd that passes the Rd check; ` +
        `${known.length} known failures; ${rd.pages} Rd pages checked by ${r.description}'s checkRd and the structural Rd check`,
    );
    expect(unexpected.map((o) => `${o.c.name}: ${o.crash ?? o.failures.join('; ')}`)).toEqual([]);
    expect(fixed.map((o) => `${o.c.name} passes now: remove its knownFailure`)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(45);
  }, 900_000);
});
