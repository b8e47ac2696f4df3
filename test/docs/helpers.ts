/** Shared set-up of the docs tests: the Voice ID service and its generated docs. (R: test/support/r.ts; pandoc: scripts/pandoc/.) */
import { join } from 'node:path';
import { emitDocs } from '../../generator/emit/docs/index.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import type { IRService } from '../../generator/ir/types.js';
import { loadAndResolve } from '../../generator/pipeline.js';
import { projectRoot } from '../../generator/paths.js';

export const voiceIdModel = join(projectRoot, 'schema', 'voiceid.yaml');
export const hostileModel = join(projectRoot, 'test', 'fixtures', 'docs-hostile', 'hostile-2020-01-01.normal.json');

export function loadService(file: string): IRService {
  const { load, service } = loadAndResolve(file);
  if (!service) throw new Error(`${file} does not load: ${JSON.stringify(load.problems.slice(0, 3))}`);
  return service;
}

let voiceId: { service: IRService; files: Map<string, string> } | undefined;

/** The Voice ID docs, generated once per test file: file name (no `docs/`) -> contents. */
export function voiceIdDocs(): { service: IRService; files: Map<string, string> } {
  if (!voiceId) {
    const service = loadService(voiceIdModel);
    voiceId = { service, files: toMap(emitDocs(service)) };
  }
  return voiceId;
}

export function toMap(files: readonly GeneratedFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path.replace(/^docs\//, ''), f.contents]));
}
