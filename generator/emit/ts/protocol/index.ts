/**
 * The protocol emitter: `src/protocol.ts` with the serializers and deserializers of an AWS JSON 1.0/1.1
 * service. Other protocols (rest-json, rest-xml, query, ec2) are not supported yet: for them the file only
 * says so and exports nothing, so the package's `index.ts` still compiles.
 */
import type { CodegenContext } from '../../../context/context.js';
import type { IRService } from '../../../ir/types.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { renderProtocol } from './render.js';

function unsupported(ctx: CodegenContext): string {
  const w = ctx.tsFile(ctx.symbols.files.protocol);
  w.comment(`${ctx.ir.metadata.serviceFullName} uses the ${ctx.ir.metadata.protocol} protocol; shapegen generates`);
  w.comment('serializers for AWS JSON 1.0/1.1 (`json`) only, so this service has none.');
  w.code('export {};');
  return w.toString();
}

/** The service's protocol has generated serializers (the others get a note that exports nothing). */
export function hasSerializers(service: IRService): boolean {
  return service.metadata.protocol === 'json';
}

export const protocolEmitter: Emitter = {
  name: 'ts-protocol',
  outputs: ['src/protocol.ts'],
  emit(ctx: CodegenContext): GeneratedFile[] {
    const contents = hasSerializers(ctx.ir) ? renderProtocol(ctx) : unsupported(ctx);
    return [{ path: ctx.symbols.files.protocol, contents }];
  },
};
