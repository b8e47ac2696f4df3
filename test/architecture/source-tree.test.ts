/**
 * Rules over the source tree itself: no import cycle in generator/ and runtime/, no module-level mutable
 * state in generator/ (caches live on the session or the context), and no emitter that builds a name the
 * symbol table owns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(path));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

const FILES = [...sources(join(projectRoot, 'generator')), ...sources(join(projectRoot, 'runtime'))];
const rel = (f: string) => relative(projectRoot, f);

/** The relative imports of a file (static, dynamic and re-exports), as absolute .ts paths. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

/** Every cycle's files (strongly connected components with more than one file, or a self-import). */
export function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
  const index = new Map<string, number>(), low = new Map<string, number>();
  const stack: string[] = [], onStack = new Set<string>(), cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next++); stack.push(v); onStack.add(v);
    for (const w of graph.get(v)!) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
    if (scc.length > 1 || graph.get(v)!.includes(v)) cycles.push(scc.map(rel).sort());
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles;
}

const MUTABLE_CONTAINERS = /^new (Map|WeakMap|WeakSet|Array)\b/;

/** Top-level `let`/`var`, and top-level constants holding a Map, WeakMap, WeakSet or Array made with `new`. */
function moduleState(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of st.declarationList.declarations) {
      const name = d.name.getText(sf);
      const init = d.initializer?.getText(sf) ?? '';
      if (!isConst) found.push(`${rel(file)}: let/var ${name}`);
      else if (MUTABLE_CONTAINERS.test(init)) found.push(`${rel(file)}: ${name} = ${init.split(/[(<]/)[0]}`);
    }
  }
  return found;
}

/**
 * Module-level caches still in the docs emitter, each a memo of a pure function of its key (so it cannot
 * change an output); they are to move onto the session with the docs rework, and this list can only shrink.
 */
const KNOWN_STATE = [
  'generator/emit/docs/inline-rd.ts: verbCache = new Map',
  'generator/emit/docs/md-strict.ts: cellCache = new WeakMap',
  'generator/emit/docs/page-view.ts: cache = new WeakMap',
];

describe('the source tree', () => {
  it('has no import cycle in generator/ and runtime/', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(importCycles(FILES)).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const dir = join(projectRoot, 'test', 'fixtures', 'import-cycle');
    expect(importCycles(sources(dir))).toEqual([['test/fixtures/import-cycle/a.ts', 'test/fixtures/import-cycle/b.ts']]);
  });

  it('keeps no mutable state at module level in generator/', () => {
    const state = sources(join(projectRoot, 'generator')).flatMap(moduleState);
    expect(state).toEqual(KNOWN_STATE);
  });

  it('lets only the symbol table decide names: emitters import no naming rule and build no exported name', () => {
    const offenders: string[] = [];
    for (const file of sources(join(projectRoot, 'generator', 'emit'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import \{([^}]*)\} from '[./]*names\/names\.js'/g)) {
        const names = m[1].split(',').map((n) => n.trim().replace(/ as .*/, '')).filter(Boolean);
        // rArgName quotes a member name for R code (like an escape); it decides no name.
        for (const n of names) if (n !== 'rArgName') offenders.push(`${rel(file)} imports ${n}`);
      }
      for (const m of text.matchAll(/`(serialize|deserialize|validate|paginate)\$\{/g)) offenders.push(`${rel(file)} builds ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
