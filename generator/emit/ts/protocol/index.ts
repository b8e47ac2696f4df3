/**
 * The protocol emitter: `src/protocol.ts` with the serializers and deserializers of an AWS JSON 1.0/1.1
 * service. Other protocols (rest-json, rest-xml, query, ec2) are not supported: for them the file only
 * says so and exports nothing, so the package's `index.ts` still compiles.
 */
import type { IRService } from '../../../ir/types.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { GENERATED_HEADER, renderProtocol } from './render.js';

export const PROTOCOL_FILE = 'src/protocol.ts';

function unsupported(service: IRService): string {
  return (
    GENERATED_HEADER(service.source) +
    `// ${service.metadata.serviceFullName} uses the ${service.metadata.protocol} protocol; shapegen generates\n` +
    '// serializers for AWS JSON 1.0/1.1 (`json`) only, so this service has none.\nexport {};\n'
  );
}

/** The service's protocol has generated serializers (the others get a note that exports nothing). */
export function hasSerializers(service: IRService): boolean {
  return service.metadata.protocol === 'json';
}

export const protocolEmitter: Emitter = {
  name: 'ts-protocol',
  emit(service: IRService): GeneratedFile[] {
    const contents = hasSerializers(service) ? renderProtocol(service) : unsupported(service);
    return [{ path: PROTOCOL_FILE, contents }];
  },
};
