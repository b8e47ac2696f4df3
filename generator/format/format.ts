/** Formats emitted files: TypeScript through prettier; everything else is already in its final form. */
import { createHash } from 'node:crypto';
import { format } from 'prettier';
import type { GeneratedFile } from '../emit/types.js';
import type { GeneratorSession } from '../context/session.js';

// babel-ts prints the same as the typescript parser (checked on the catalog sample) and parses a third faster.
export const PRETTIER_OPTIONS = { parser: 'babel-ts', printWidth: 100, singleQuote: true, trailingComma: 'all' } as const;

const MEMO_LIMIT = 256;
/** Longer sources are service-specific and never repeat: not worth remembering. */
const MEMO_MAX_SOURCE = 64 * 1024;

/**
 * Prettier with a memory of recent results by input hash. The runtime helpers copied into every package
 * (marked `shared`) are the same text for every service and are remembered for the whole session: in the
 * recent-results memory a package with hundreds of files pushed them out before the next service came,
 * and the catalog profile showed their formatting at 8% of the run.
 */
export class Formatter {
  private readonly memo = new Map<string, Promise<string>>();
  /** Shared files by their text: a few dozen runtime modules. */
  private readonly shared = new Map<string, Promise<string>>();

  typescript(source: string): Promise<string> {
    if (source.length > MEMO_MAX_SOURCE) return format(source, PRETTIER_OPTIONS);
    const key = createHash('sha1').update(source).digest('hex');
    let result = this.memo.get(key);
    if (!result) {
      result = format(source, PRETTIER_OPTIONS);
      if (this.memo.size >= MEMO_LIMIT) this.memo.delete(this.memo.keys().next().value as string);
      this.memo.set(key, result);
    }
    return result;
  }

  async file(file: GeneratedFile): Promise<GeneratedFile> {
    if (!file.path.endsWith('.ts') || file.preformatted) return { path: file.path, contents: file.contents };
    if (file.shared) {
      let result = this.shared.get(file.contents);
      if (!result) this.shared.set(file.contents, (result = format(file.contents, PRETTIER_OPTIONS)));
      return { path: file.path, contents: await result };
    }
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
