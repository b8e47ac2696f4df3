/**
 * The per-service manifest (`<service>/.shapegen-manifest.json`): the files the generator wrote there and
 * their content hashes. It is the proof of authorship for files that cannot carry the generated header
 * (R pages must match the reference byte for byte): such a file is removed as stale only when the previous
 * manifest lists it with the hash it still has, i.e. nobody edited it since.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GENERATED_MARK } from '../context/header.js';
import type { GeneratedFile } from '../emit/types.js';

export const MANIFEST_NAME = '.shapegen-manifest.json';
export { GENERATED_MARK };
/** How far into a file the generated header is looked for. */
const HEADER_WINDOW = 2048;

export interface Manifest {
  /** Path relative to the service folder -> sha256 of its contents (hex). */
  readonly files: Readonly<Record<string, string>>;
}

export function contentHash(contents: string | Buffer): string {
  return createHash('sha256').update(contents).digest('hex');
}

export function hasGeneratedHeader(contents: string): boolean {
  return contents.slice(0, HEADER_WINDOW).includes(GENERATED_MARK);
}

/** The top folder of a generated path (`voiceid/docs/x.Rd` -> `voiceid`); every emitted path has one. */
export function serviceFolderOf(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * The manifest file of one service folder; keys sorted, no time or machine detail, so it is deterministic.
 * `bytes`: each file's contents as UTF-8, in the order of `files`, when the caller has encoded them.
 */
export function manifestFile(folder: string, files: readonly GeneratedFile[], bytes?: readonly Buffer[]): GeneratedFile {
  const entries = files
    .map((f, i) => [f.path.slice(folder.length + 1), contentHash(bytes?.[i] ?? f.contents)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = {
    generator: `${GENERATED_MARK}; the files it wrote in this folder. Do not edit.`,
    files: Object.fromEntries(entries),
  };
  return { path: `${folder}/${MANIFEST_NAME}`, contents: JSON.stringify(body, null, 2) + '\n' };
}

/** `files` plus one manifest per service folder they fall in (`known`: those already made, by folder). */
export function withManifests(files: readonly GeneratedFile[], known: ReadonlyMap<string, GeneratedFile> = new Map()): GeneratedFile[] {
  const byFolder = new Map<string, GeneratedFile[]>();
  for (const f of files) {
    const folder = serviceFolderOf(f.path);
    if (folder === '') throw new Error(`shapegen: generated file ${f.path} is not inside a service folder`);
    if (!byFolder.has(folder)) byFolder.set(folder, []);
    byFolder.get(folder)!.push(f);
  }
  const out = [...files];
  for (const [folder, list] of byFolder) out.push(known.get(folder) ?? manifestFile(folder, list));
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Reads a manifest; a missing or unreadable one is an empty manifest (nothing is proven ours). */
export function readManifest(path: string): Manifest {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { files?: unknown };
    if (typeof data.files !== 'object' || data.files === null) return { files: {} };
    const files: Record<string, string> = {};
    for (const [k, v] of Object.entries(data.files)) if (typeof v === 'string') files[k] = v;
    return { files };
  } catch {
    return { files: {} };
  }
}
