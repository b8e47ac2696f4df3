/**
 * pandoc's committed answers, one JSON file per input set (inputs.ts), keyed by the SHA-256 of the input:
 * `{ pandoc, args, stored, outputs: { <sha256(input)>: <expected text, or its sha256> } }`, keys sorted.
 * Written only by `npm run goldens:pandoc`; read by the tests, which need no pandoc.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../generator/paths.js';
import type { PandocSet } from './inputs.js';

export const GOLDEN_DIR = join(projectRoot, 'test', 'fixtures', 'pandoc-goldens');
export const REFRESH_COMMAND = 'npm run goldens:pandoc';

export interface GoldenFile {
  readonly pandoc: string;
  readonly args: readonly string[];
  readonly stored: 'text' | 'sha256';
  readonly outputs: Readonly<Record<string, string>>;
}

export function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

export function goldenPath(set: PandocSet): string {
  return join(GOLDEN_DIR, `${set.name}.json`);
}

/** The set's golden file; throws saying how to make it when it is missing or was made for other arguments. */
export function readGolden(set: PandocSet): GoldenFile {
  const path = goldenPath(set);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`${REFRESH_COMMAND}\` where pandoc 2.17 is installed.`);
  const golden = JSON.parse(readFileSync(path, 'utf8')) as GoldenFile;
  if (JSON.stringify(golden.args) !== JSON.stringify(set.args) || golden.stored !== set.stored) {
    throw new Error(`${path} was made for pandoc ${golden.args.join(' ')} (${golden.stored}), the set is now pandoc ${set.args.join(' ')} (${set.stored}): run \`${REFRESH_COMMAND}\`.`);
  }
  return golden;
}

export type Verdict = 'same' | 'differs' | 'missing';

/** `got` against pandoc's answer for `input`: the same, different, or no answer recorded for this input. */
export function compareWithGolden(golden: GoldenFile, input: string, got: string): Verdict {
  const want = golden.outputs[sha256(input)];
  if (want === undefined) return 'missing';
  return (golden.stored === 'text' ? got : sha256(got)) === want ? 'same' : 'differs';
}

/** pandoc's answer for `input` when the golden holds text (for a failure message), else undefined. */
export function goldenText(golden: GoldenFile, input: string): string | undefined {
  return golden.stored === 'text' ? golden.outputs[sha256(input)] : undefined;
}

/** Writes the set's golden file from (input, expected) pairs. */
export function writeGolden(set: PandocSet, pandocVersion: string, answers: ReadonlyMap<string, string>): GoldenFile {
  const outputs: Record<string, string> = {};
  const entries = [...answers].map(([input, expected]) => [sha256(input), set.stored === 'text' ? expected : sha256(expected)] as const);
  for (const [key, value] of entries.sort((a, b) => (a[0] < b[0] ? -1 : 1))) outputs[key] = value;
  const golden: GoldenFile = { pandoc: pandocVersion, args: set.args, stored: set.stored, outputs };
  mkdirSync(GOLDEN_DIR, { recursive: true });
  writeFileSync(goldenPath(set), JSON.stringify(golden, null, 2) + '\n');
  return golden;
}
