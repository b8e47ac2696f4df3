/** Loads the two sides of a diff: model files, or a model file and its version at a git revision. */
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { resolve as resolveIR } from '../ir/resolve.js';
import { createContext, type CodegenContext } from '../context/context.js';
import type { GeneratorSession } from '../context/session.js';
import { loadModelFile, loadModelText, sourceName, type LoadResult } from '../load/load-model.js';
import { hasErrors, ModelValidationError } from '../validate/errors.js';

export interface DiffSide {
  /** How the report names this side: the file, or `rev:file`. */
  readonly label: string;
  /** The side's codegen context (its IR, names and derived facts). */
  readonly ctx: CodegenContext;
}

function toSide(label: string, file: string, load: LoadResult, session: GeneratorSession): DiffSide {
  if (!load.model || hasErrors(load.problems)) throw new ModelValidationError(load.problems.filter((p) => p.severity === 'error'));
  return { label, ctx: createContext(resolveIR(load.model, sourceName(file)), session) };
}

export function loadSide(file: string, session: GeneratorSession): DiffSide {
  return toSide(file, file, loadModelFile(file, session), session);
}

/** Thrown when git cannot give the file at that revision (not a repository, unknown revision or path). */
export class GitShowError extends Error {}

/** The text of `file` at `rev`, via `git show` run in the file's folder (so any checkout and cwd work). */
export function gitShow(rev: string, file: string): string {
  try {
    return execFileSync('git', ['show', `${rev}:./${basename(file)}`], {
      cwd: dirname(file),
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const stderr = String((e as { stderr?: unknown }).stderr ?? '').trim();
    throw new GitShowError(`cannot read ${file} at ${rev}: ${stderr || (e as Error).message}`);
  }
}

/**
 * The model at a revision. An AWS JSON model's examples and paginators are read from beside the file in
 * the working tree (only the model itself comes from git).
 */
export function loadSideAt(rev: string, file: string, session: GeneratorSession): DiffSide {
  const label = `${rev}:${file}`;
  return toSide(label, file, loadModelText(file, gitShow(rev, file), session), session);
}
