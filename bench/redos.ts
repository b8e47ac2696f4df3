/**
 * `npm run bench -- redos`: the worst validator call on hostile input. For every ReDoS case of the hostile
 * corpus (test/fixtures/hostile/cases.json), the generated validators are built and called with inputs made
 * to trigger backtracking (pumped characters with a failing suffix), of every length up to the model's
 * maximum for the pattern's shape (100,000 characters where the model sets none), as a member value and as
 * a map key. Prints the worst call (median of 5 after one warm-up call, and the first call on its own) with
 * the target (< 10 ms), and as baseline V8's own engine on the same pattern with a 24-character input.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { loadModelFile, sourceName } from '../generator/load/load-model.js';
import { resolve } from '../generator/ir/resolve.js';
import { projectRoot } from '../generator/paths.js';
import { validatorsEmitter } from '../generator/emit/ts/validators/emitter.js';
import { runtimeFilesEmitter } from '../generator/emit/ts/runtime-files/index.js';
import { GeneratorSession } from '../generator/context/session.js';
import { contextOf } from '../generator/pipeline.js';
import { buildCase, type HostileCase } from '../test/hostile/build-case.js';
import { fmt, median, targetLine } from './stats.js';

const TARGET_MS = 10;
const UNBOUNDED = 100_000;
const PUMPS = ['a', 'x', '1', 'a ', 'ab', 'x1'];
const SUFFIXES = ['!', '\u0000', ''];

type Validate = (input: unknown) => unknown[];

async function buildValidators(c: HostileCase, work: string): Promise<{ validate: Validate; pattern: string; max?: number }> {
  const file = buildCase(c, work);
  const session = new GeneratorSession();
  const { model } = loadModelFile(file, session);
  if (!model) throw new Error(`${c.name} does not load`);
  const service = resolve(model, sourceName(file));
  const ctx = contextOf(service, session);
  // Inside the project's node_modules, so the package's dependency (re2js) resolves.
  const cache = join(projectRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'shapegen-redos-'));
  for (const f of [...validatorsEmitter.emit(ctx), ...runtimeFilesEmitter.emit(ctx)]) {
    if (!f.path.endsWith('.ts')) continue;
    const out = join(dir, f.path.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, ts.transpileModule(f.contents, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
  }
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const mod = (await import(pathToFileURL(join(dir, 'src', 'validators.js')).href)) as Record<string, Validate>;
  rmSync(dir, { recursive: true, force: true });
  const text = service.shape('Text');
  if (text.type !== 'string' || text.pattern === undefined) throw new Error(`${c.name}: Text is not a string with a pattern`);
  return { validate: mod[ctx.symbols.validator('PutThingRequest').name], pattern: text.pattern, max: text.max };
}

function hostileInputs(length: number): string[] {
  const out: string[] = [];
  for (const pump of PUMPS) for (const suffix of SUFFIXES) out.push(pump.repeat(Math.ceil(length / pump.length)).slice(0, Math.max(0, length - suffix.length)) + suffix);
  return out;
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function run(): Promise<void> {
  const cases = (JSON.parse(readFileSync(join(projectRoot, 'test', 'fixtures', 'hostile', 'cases.json'), 'utf8')) as { cases: HostileCase[] }).cases.filter((c) => c.redos);
  let worst = { ms: 0, what: '' };
  let worstFirst = { ms: 0, what: '' };
  for (const c of cases) {
    const work = mkdtempSync(join(tmpdir(), 'shapegen-redos-'));
    try {
      const { validate, pattern, max } = await buildValidators(c, work);
      const limit = max ?? UNBOUNDED;
      let caseWorst = 0;
      let calls = 0;
      for (const length of [...new Set([1, 8, 24, 41, 64, 256, 1024, limit - 1, limit].filter((n) => n > 0 && n <= limit))]) {
        for (const s of hostileInputs(length)) {
          for (const input of [{ Name: s }, { Tags: { [s]: 'y' } }]) {
            const first = time(() => validate(input));
            const ms = median(Array.from({ length: 5 }, () => time(() => validate(input))));
            calls += 6;
            caseWorst = Math.max(caseWorst, ms);
            if (ms > worst.ms) worst = { ms, what: `${c.name}, ${length} characters` };
            if (first > worstFirst.ms) worstFirst = { ms: first, what: `${c.name}, ${length} characters` };
          }
        }
      }
      const native = new RegExp(pattern);
      const baseline = Math.max(...hostileInputs(24).map((s) => time(() => native.test(s))));
      console.log(`${c.name} (${JSON.stringify(pattern)}, max ${max ?? `none: up to ${UNBOUNDED}`}): worst call ${fmt(caseWorst, 3)} ms over ${calls} calls; V8's own engine on 24 characters: ${fmt(baseline, 3)} ms (${fmt(baseline / Math.max(caseWorst, 0.001), 0)}x our worst)`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log(`worst first call (JIT and RE2 warm-up included): ${fmt(worstFirst.ms, 3)} ms (${worstFirst.what})`);
  console.log(targetLine(`worst validator call on hostile input (${worst.what})`, worst.ms, 'ms', TARGET_MS, 'lower'));
}
