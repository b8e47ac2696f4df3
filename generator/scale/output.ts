/**
 * Generation plus the output step, for every caller that writes (the CLI, `--watch`): plan the models'
 * files against the output folder, then either report the plan (`--check`) or apply it with the writer
 * and stamp the folders written. Nothing is written when any model is invalid.
 */
import { MANIFEST_NAME } from '../write/manifest.js';
import { planIsClean, planOutput, type OutputPlan } from '../write/plan.js';
import { applyPlan, type WriteReport } from '../write/writer.js';
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
  // --check compares every byte; only a writing run may trust the stamps.
  const result = await generate({ ...req, trustStampsIn: req.check ? undefined : req.out });
  if (hasErrors(result.problems)) return { kind: 'invalid', result };
  const plan = planOutput(req.out, result.files, { allFolders: req.allFolders, skipFolders: result.freshFolders });
  if (req.check) return { kind: 'checked', clean: planIsClean(plan), plan, result };
  const report = applyPlan(plan);
  if (req.cacheDir) writeStamps(req.cacheDir, req.out, result.stamps, stampTargets(result));
  return { kind: 'written', report, result };
}
