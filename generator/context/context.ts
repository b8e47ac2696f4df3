/**
 * The codegen context: built once per service right after resolve, and the only thing emitters read. It
 * holds the resolved service, its symbol table (every name), its index (every derived fact), the run's
 * options and the session's caches, and gives each emitted TypeScript file its writer.
 */
import type { IRService } from '../ir/types.js';
import type { LinkMap } from '../links/types.js';
import { ModelIndex } from './model-index.js';
import { GeneratorSession } from './session.js';
import { SymbolTable } from './symbols.js';
import { TsWriter } from './ts-writer.js';

/** Options of a generation run that change what emitters write (part of the cache key). */
export interface EmitOptions {
  /** Checked documentation links: moved ones get their final URL, dead ones become text. */
  readonly links?: LinkMap;
  /** The templates folder (default: the project's `templates/`). */
  readonly templatesDir?: string;
}

export interface CodegenContext {
  readonly ir: IRService;
  readonly symbols: SymbolTable;
  readonly index: ModelIndex;
  readonly options: EmitOptions;
  readonly session: GeneratorSession;
  /** A writer for a TypeScript file of the package (path inside the service folder, e.g. `src/protocol.ts`). */
  tsFile(path: string): TsWriter;
}

export function createContext(ir: IRService, session: GeneratorSession = new GeneratorSession(), options: EmitOptions = {}): CodegenContext {
  const index = new ModelIndex(ir);
  const symbols = new SymbolTable(ir, index);
  return {
    ir,
    symbols,
    index,
    options,
    session,
    tsFile: (path) => new TsWriter(path, ir.source),
  };
}
