/** Formats emitted files: TypeScript through prettier; everything else is already in its final form. */
import { format } from 'prettier';
import type { GeneratedFile } from '../emit/types.js';

export const PRETTIER_OPTIONS = { parser: 'typescript', printWidth: 100, singleQuote: true, trailingComma: 'all' } as const;

export async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  if (!file.path.endsWith('.ts')) return file;
  return { path: file.path, contents: await format(file.contents, PRETTIER_OPTIONS) };
}

export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(files.map(formatFile));
}
