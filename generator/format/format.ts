/** Formats emitted files: TypeScript that its emitter did not lay out goes through prettier; the rest is final. */
import { createHash } from 'node:crypto';
import type { GeneratedFile } from '../emit/types.js';
import type { GeneratorSession } from '../context/session.js';

// babel-ts prints the same as the typescript parser (checked on the catalog sample) and parses a third faster.
export const PRETTIER_OPTIONS = { parser: 'babel-ts', printWidth: 100, singleQuote: true, trailingComma: 'all' } as const;

const MEMO_LIMIT = 256;
/** Longer sources are service-specific and never repeat: not worth remembering. */
const MEMO_MAX_SOURCE = 64 * 1024;

/** Prettier is loaded only when a file needs it (a custom emitter's): the built-in files never do. */
async function prettier(source: string): Promise<string> {
  const { format } = await import('prettier');
  return format(source, PRETTIER_OPTIONS);
}

/**
 * Prettier with a memory of recent results by input hash, for the files an emitter does not lay out itself
 * (`preformatted` unset: custom emitters). The built-in emitters' files are left as they are.
 */
export class Formatter {
  private readonly memo = new Map<string, Promise<string>>();

  typescript(source: string): Promise<string> {
    if (source.length > MEMO_MAX_SOURCE) return prettier(source);
    const key = createHash('sha1').update(source).digest('hex');
    let result = this.memo.get(key);
    if (!result) {
      result = prettier(source);
      if (this.memo.size >= MEMO_LIMIT) this.memo.delete(this.memo.keys().next().value as string);
      this.memo.set(key, result);
    }
    return result;
  }

  async file(file: GeneratedFile): Promise<GeneratedFile> {
    if (!file.path.endsWith('.ts') || file.preformatted) return { path: file.path, contents: file.contents };
    return { path: file.path, contents: await this.typescript(file.contents) };
  }

  files(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
    return Promise.all(files.map((f) => this.file(f)));
  }
}

/** The session's formatter. */
export function formatterOf(session: GeneratorSession): Formatter {
  return session.cached('formatter', () => new Formatter());
}

/** Formats with the session's formatter (a fresh session when none is given). */
export function formatFiles(files: readonly GeneratedFile[], session?: GeneratorSession): Promise<GeneratedFile[]> {
  return (session ? formatterOf(session) : new Formatter()).files(files);
}
