/** Shared set-up of the docs tests: the Voice ID service, its generated docs, the oracles (pandoc, R). */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { emitDocs } from '../../generator/emit/docs/index.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import type { CodegenContext } from '../../generator/context/context.js';
import { loadContext } from '../support/context.js';
import { projectRoot } from '../../generator/paths.js';

export const voiceIdModel = join(projectRoot, 'schema', 'voiceid.yaml');
export const hostileModel = join(projectRoot, 'test', 'fixtures', 'docs-hostile', 'hostile-2020-01-01.normal.json');

/** The codegen context of a model file. */
export function loadService(file: string): CodegenContext {
  return loadContext(file);
}

let voiceId: { ctx: CodegenContext; files: Map<string, string> } | undefined;

/** The Voice ID docs, generated once per test file: file name (no `docs/`) -> contents. */
export function voiceIdDocs(): { ctx: CodegenContext; files: Map<string, string> } {
  if (!voiceId) {
    const ctx = loadService(voiceIdModel);
    voiceId = { ctx, files: toMap(emitDocs(ctx)) };
  }
  return voiceId;
}

export function toMap(files: readonly GeneratedFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path.replace(/^docs\//, ''), f.contents]));
}

/** pandoc, or a failure saying it is needed (never a skip). */
export function requirePandoc(): string {
  const found = spawnSync('sh', ['-c', 'command -v pandoc'], { encoding: 'utf8' });
  if (found.status !== 0 || found.stdout.trim() === '') throw new Error('pandoc is required by this test (the oracle of the HTML -> Markdown converter); install pandoc 2.17.');
  return found.stdout.trim();
}

/** `pandoc -f html -t commonmark` on one string, as the reference ran it (trailing newline dropped). */
export function pandocCommonmark(html: string): string {
  const out = execFileSync(requirePandoc(), ['-f', 'html', '-t', 'commonmark'], { input: html, encoding: 'utf8' });
  return out.replace(/\n$/, '');
}

export function rscriptAvailable(): boolean {
  return existsSync('/usr/bin/Rscript') || spawnSync('sh', ['-c', 'command -v Rscript']).status === 0;
}
