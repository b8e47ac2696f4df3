/**
 * Generation plus the output step, for every caller that writes (the CLI, `--watch`): plan the models'
 * files against the output folder, then either report the plan (`--check`) or apply it with the writer in
 * one atomic commit (see write/journal.ts) and stamp the folders written. Nothing is written when any model
 * is invalid.
 */
import { realDisk } from '../write/disk.js';
import { pendingCommit, recoverOutput } from '../write/journal.js';
import { MANIFEST_NAME } from '../write/manifest.js';
import { planIsClean, planOutput, type OutputPlan } from '../write/plan.js';
import { applyPlan, type WriteReport } from '../write/writer.js';
import type { FileBytes } from '../write/file-bytes.js';
import { FolderStager } from '../write/stager.js';
import type { ModelOutput } from '../pipeline.js';
import { hasErrors } from '../validate/errors.js';
import { generate, type GenerateRequest, type GenerateResult } from './generate.js';
import { writeStamps } from './stamps.js';

export interface OutputRequest extends Omit<GenerateRequest, 'trustStampsIn'> {
  readonly out: string;
  /** Compare only; write nothing. */
  readonly check?: boolean;
  /** Also remove the output of services whose model is gone (as `generate` without arguments does). */
  readonly allFolders?: boolean;
}

export type OutputResult =
  | { readonly kind: 'invalid'; readonly result: GenerateResult }
  /** `--check` on a folder whose last write was interrupted after its commit point (the next write completes it). */
  | { readonly kind: 'pending'; readonly result: GenerateResult }
  | { readonly kind: 'checked'; readonly clean: boolean; readonly plan: OutputPlan; readonly result: GenerateResult }
  | { readonly kind: 'written'; readonly report: WriteReport; readonly result: GenerateResult };

/** The kept models' folders and the paths written there, by cache key: what `writeStamps` records. */
function stampTargets(result: GenerateResult): Map<string, { folder: string; paths: string[] }> {
  const targets = new Map<string, { folder: string; paths: string[] }>();
  for (const i of result.kept) {
    const out = result.outputs[i];
    if (out.fresh || result.keys[i] === undefined) continue;
    targets.set(result.keys[i], { folder: out.prefix, paths: [...out.files.map((f) => f.path), `${out.prefix}/${MANIFEST_NAME}`] });
  }
  return targets;
}

export async function generateInto(req: OutputRequest): Promise<OutputResult> {
  if (req.check) return checkInto(req);
  const stager = new FolderStager(req.out);
  try {
    return await writeInto(req, stager);
  } catch (e) {
    stager.discard();
    throw e;
  }
}

/** `--check`: compares every byte, so it does not trust the stamps. */
async function checkInto(req: OutputRequest): Promise<OutputResult> {
  const result = await generate({ ...req, trustStampsIn: undefined });
  if (hasErrors(result.problems)) return { kind: 'invalid', result };
  if (pendingCommit(realDisk, req.out)) return { kind: 'pending', result };
  const plan = planOutput(req.out, result.files, { allFolders: req.allFolders, skipFolders: result.freshFolders });
  return { kind: 'checked', clean: planIsClean(plan), plan, result };
}

/** A writing run: new service folders are staged while the others are generated (stager.ts), then one commit. */
async function writeInto(req: OutputRequest, stager: FolderStager): Promise<OutputResult> {
  const onGenerated = (o: ModelOutput, bytes: FileBytes | undefined) => {
    if (hasErrors(o.problems)) stager.stop();
    else if (!o.checkedOnly) stager.offer(o, o.prefix, o.files, bytes);
  };
  const result = await generate({ ...req, trustStampsIn: req.out, onGenerated });
  if (hasErrors(result.problems)) {
    stager.discard();
    return { kind: 'invalid', result };
  }
  const kept = new Map(result.kept.map((i) => [result.outputs[i].prefix, result.outputs[i]]));
  const staged = stager.finish((folder) => kept.get(folder));
  // A write first completes (or drops) an interrupted one, so that it plans against a whole output (the
  // stager did so before it staged anything).
  if (!stager.active) recoverOutput(realDisk, req.out);
  const manifests = new Map([...staged].map(([folder, s]) => [folder, s.manifest]));
  const plan = planOutput(req.out, result.files, { allFolders: req.allFolders, skipFolders: result.freshFolders, manifests });
  const report = applyPlan(plan, { prestaged: new Map([...staged].map(([folder, s]) => [folder, s.name])) });
  const targets = stampTargets(result);
  // Nothing generated (every folder already stamped): the stamps stand as they are.
  if (req.cacheDir && targets.size > 0) writeStamps(req.cacheDir, req.out, result.stamps, targets);
  return { kind: 'written', report, result };
}
