/**
 * Test support: generate a service's TypeScript package into a temporary folder and type-check it with
 * the package's own tsconfig (strict), through the TypeScript compiler API.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { generateAll } from '../../generator/scale/generate.js';
import type { Emitter, GeneratedFile } from '../../generator/emit/types.js';
import { projectRoot } from '../../generator/paths.js';

/** Writes generated files (paths `<service>/...`) under a new temporary folder; returns that folder. */
export function writeTemp(files: readonly GeneratedFile[], prefix = 'shapegen-ts-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const f of files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.contents);
  }
  // The packages resolve typescript and @types/node from the project, as an installed package would.
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Generates the given models (all registered emitters unless told) and writes them to a temp folder. */
export async function generateToTemp(models: readonly string[], emitters?: readonly Emitter[]): Promise<{ root: string; files: GeneratedFile[] }> {
  const files = await generateAll(models, emitters);
  return { root: writeTemp(files), files };
}

function parseConfig(dir: string): ts.ParsedCommandLine {
  const read = ts.readConfigFile(join(dir, 'tsconfig.json'), ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, dir);
}

/** Type-checks (and with `emit`, builds) the package in `dir` with its tsconfig; returns the diagnostics as text. */
export function compilePackage(dir: string, emit = false): string[] {
  const parsed = parseConfig(dir);
  return diagnosticsOf(ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: !emit } }), emit);
}

/**
 * Type-checks several packages in one program (far faster than one each): they share one tsconfig shape
 * and import only within themselves, so this checks each as its own build would.
 */
export function compilePackages(dirs: readonly string[]): string[] {
  const configs = dirs.map(parseConfig);
  const options = { ...configs[0].options, noEmit: true, rootDir: undefined, outDir: undefined };
  return diagnosticsOf(ts.createProgram({ rootNames: configs.flatMap((c) => c.fileNames), options }), false);
}

function diagnosticsOf(program: ts.Program, emit: boolean): string[] {
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...(emit ? program.emit().diagnostics : [])];
  return diagnostics.map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}
