/**
 * The client emitter: a client per service in the generated package (see render.ts for the files), for
 * the protocols that have serializers. Names come from the symbol table, per-operation facts from the
 * index (`clientOperations`).
 */
import type { CodegenContext } from '../../../context/context.js';
import type { IRService } from '../../../ir/types.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { hasSerializers } from '../protocol/index.js';
import { renderBaseClient, renderClient, renderOperations, renderPaginators } from './render.js';

/** The service gets a client: its protocol has serializers to build on. */
export function hasClient(ir: IRService): boolean {
  return hasSerializers(ir);
}

export const clientEmitter: Emitter = {
  name: 'ts-client',
  outputs: ['src/base-client.ts', 'src/client.ts', 'src/client-operations.ts', 'src/paginators.ts'],
  emit(ctx: CodegenContext): GeneratedFile[] {
    if (!hasClient(ctx.ir)) return [];
    const f = ctx.symbols.files;
    const docs = new Map<string, string>();
    // Written in their final layout: prettier on a big service's client (mostly TSDoc) took seconds.
    return [
      { path: f.baseClient, contents: renderBaseClient(ctx), preformatted: true },
      { path: f.client, contents: renderClient(ctx, docs), preformatted: true },
      { path: f.operations, contents: renderOperations(ctx, docs), preformatted: true },
      { path: f.paginators, contents: renderPaginators(ctx), preformatted: true },
    ];
  },
};
