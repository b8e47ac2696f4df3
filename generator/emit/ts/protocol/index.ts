/**
 * The protocol emitter: `src/protocol.ts` with the serializers and deserializers of the service's
 * protocol, one small generator per protocol. A protocol without a generator gets a file that says so and
 * exports nothing, so the package's `index.ts` still compiles.
 */
import type { CodegenContext } from '../../../context/context.js';
import type { IRService } from '../../../ir/types.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { awsJsonGenerator } from './aws-json.js';
import { ec2Generator } from './ec2.js';
import type { ProtocolGenerator } from './generator.js';
import { queryGenerator } from './query.js';
import { renderProtocol } from './render.js';
import { restJsonGenerator } from './rest-json.js';
import { restXmlGenerator } from './rest-xml.js';

/** The generator of each protocol (`metadata.protocol`). */
export const PROTOCOL_GENERATORS: Readonly<Record<string, ProtocolGenerator>> = {
  json: awsJsonGenerator,
  'rest-json': restJsonGenerator,
  'rest-xml': restXmlGenerator,
  query: queryGenerator,
  ec2: ec2Generator,
};

/** The service's protocol has generated serializers. */
export function hasSerializers(service: IRService): boolean {
  return Object.prototype.hasOwnProperty.call(PROTOCOL_GENERATORS, service.metadata.protocol);
}

export function protocolGenerator(ctx: CodegenContext): ProtocolGenerator | undefined {
  const p = ctx.ir.metadata.protocol;
  return Object.prototype.hasOwnProperty.call(PROTOCOL_GENERATORS, p) ? PROTOCOL_GENERATORS[p] : undefined;
}

function unsupported(ctx: CodegenContext): string {
  const w = ctx.tsFile(ctx.symbols.files.protocol);
  w.comment(`${ctx.ir.metadata.serviceFullName} uses the ${ctx.ir.metadata.protocol} protocol; shapegen generates`);
  w.comment(`serializers for ${Object.keys(PROTOCOL_GENERATORS).join(', ')} only, so this service has none.`);
  w.code('export {};');
  return w.toString();
}

export const protocolEmitter: Emitter = {
  name: 'ts-protocol',
  outputs: ['src/protocol.ts'],
  emit(ctx: CodegenContext): GeneratedFile[] {
    const gen = protocolGenerator(ctx);
    return [{ path: ctx.symbols.files.protocol, contents: gen ? renderProtocol(ctx, gen) : unsupported(ctx), preformatted: true }];
  },
};
