/**
 * What importing the generated package loads, read from the committed Voice ID package's static imports:
 * the client's cold start is the modules its index reaches. The compiled checks, the validators and the
 * shared-file reader with its INI parser are loaded only when a call needs them (`import()`), and an
 * operation's first call loads its input's check module, which exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';

const SRC = join(projectRoot, 'generated', 'voiceid', 'src');
/** The writer's import and re-export lines (static); `import(` calls are not matched. */
const STATIC = /^(?:import|export)\b[^;'"]*?(?:from )?'([^']+)';$/gm;
const DYNAMIC = /\bimport\("([^"]+)"\)|\bimport\('([^']+)'\)/g;

function read(file: string): string {
  return readFileSync(join(SRC, file), 'utf8');
}

/** The package files (`runtime/client.ts`) and npm packages `entry` reaches through static imports. */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of read(file).matchAll(STATIC)) {
      const spec = m[1];
      if (!spec.startsWith('.')) packages.add(spec.startsWith('node:') ? spec : spec.split('/')[0]);
      else todo.push(posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
    }
  }
  return { files, packages };
}

describe('importing the generated package', () => {
  const { files, packages } = staticClosure('index.ts');

  it('reaches the client, and no compiled check nor the validators', () => {
    expect(files).toContain('client-operations.ts');
    expect(files).toContain('runtime/client.ts');
    expect([...files].filter((f) => f.startsWith('validators'))).toEqual([]);
  });

  it('does not load the shared-file reader nor ini (explicit or environment credentials never need them)', () => {
    expect(files).not.toContain('runtime/shared-config.ts');
    expect(packages).not.toContain('ini');
    expect(packages).not.toContain('re2js');
    for (const f of ['runtime/credentials.ts', 'runtime/client-config.ts']) expect(read(f), f).toContain("await import('./shared-config.js')");
  });

  it("loads an operation's input check at its first call, from a module that exports it", () => {
    const operations = read('client-operations.ts');
    const loaded = [...operations.matchAll(DYNAMIC)].map((m) => m[1] ?? m[2]);
    expect(loaded).toContain('./validators/associate-fraudster-request.js');
    for (const spec of new Set(loaded)) {
      const file = posix.join('.', spec).replace(/\.js$/, '.ts');
      expect(existsSync(join(SRC, file)), file).toBe(true);
    }
    expect(read('validators/associate-fraudster-request.ts')).toMatch(/^export const AssociateFraudsterRequest: CompiledCheck = validate\d+;$/m);
    expect(operations).toContain("loadCheck: () => import('./validators/associate-fraudster-request.js').then((m) => m.AssociateFraudsterRequest)");
  });

  it("loads one module at an operation's first call: Voice ID's input checks share only small declarations, copied into each", () => {
    const loaded = [...read('client-operations.ts').matchAll(DYNAMIC)].map((m) => posix.join('.', m[1] ?? m[2]).replace(/\.js$/, '.ts'));
    expect(loaded.length).toBeGreaterThan(10);
    for (const file of loaded) expect([...staticClosure(file).files].filter((f) => f !== file && f.startsWith('validators')), file).toEqual([]);
  });

  it('gives the validators their own entry point, which reaches every check module', () => {
    const pkg = JSON.parse(readFileSync(join(dirname(SRC), 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./validators']).toEqual({ types: './dist/validators.d.ts', default: './dist/validators.js' });
    const reached = staticClosure('validators.ts').files;
    expect(reached).toContain('validators/other.ts');
    expect(reached).toContain('validators/associate-fraudster-request.ts');
  });
});
