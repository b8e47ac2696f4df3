/** Shared set-up of the docs tests: the Voice ID service and its generated docs. (R: test/support/r.ts; pandoc: scripts/pandoc/.) */
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
