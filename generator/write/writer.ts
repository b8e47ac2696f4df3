/**
 * The only module that writes to the disk. Writes are staged (temp file beside the target, then rename),
 * so a failed or interrupted run leaves every previous file whole; unchanged files are not touched.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { GeneratedFile } from '../emit/types.js';

export interface WriteReport {
  readonly written: string[];
  readonly unchanged: string[];
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes `files` under `outDir`; returns what changed. On any error, staged temp files are removed. */
export function writeFiles(outDir: string, files: readonly GeneratedFile[]): WriteReport {
  const report: WriteReport = { written: [], unchanged: [] };
  const staged: { temp: string; target: string; path: string }[] = [];
  try {
    for (const file of files) {
      const target = resolve(outDir, file.path);
      if (readIfExists(target) === file.contents) {
        report.unchanged.push(file.path);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.shapegen-tmp-${process.pid}`;
      writeFileSync(temp, file.contents);
      staged.push({ temp, target, path: file.path });
    }
    for (const s of staged) {
      renameSync(s.temp, s.target);
      report.written.push(s.path);
    }
  } catch (e) {
    for (const s of staged) if (existsSync(s.temp)) rmSync(s.temp, { force: true });
    throw e;
  }
  return report;
}
