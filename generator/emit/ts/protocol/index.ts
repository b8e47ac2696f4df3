/**
 * The protocol emitter: `src/protocol.ts` with the serializers and deserializers of the service's
 * protocol, one small generator per protocol. A protocol without a generator gets a file that says so and
 * exports nothing, so the package's `index.ts` still compiles.
 */
import type { IRService } from '../../../ir/types.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { awsJsonGenerator } from './aws-json.js';
import { ec2Generator } from './ec2.js';
import type { ProtocolGenerator } from './generator.js';
import { GENERATED_HEADER, renderProtocol } from './render.js';
import { queryGenerator } from './query.js';
import { restJsonGenerator } from './rest-json.js';
import { restXmlGenerator } from './rest-xml.js';

export const PROTOCOL_FILE = 'src/protocol.ts';

/** The generator of each protocol (`metadata.protocol`). */
export const PROTOCOL_GENERATORS: Readonly<Record<string, ProtocolGenerator>> = {
  json: awsJsonGenerator,
  'rest-json': restJsonGenerator,
  'rest-xml': restXmlGenerator,
  query: queryGenerator,
  ec2: ec2Generator,
};

export function protocolGenerator(service: IRService): ProtocolGenerator | undefined {
  const p = service.metadata.protocol;
  return Object.prototype.hasOwnProperty.call(PROTOCOL_GENERATORS, p) ? PROTOCOL_GENERATORS[p] : undefined;
}

function unsupported(service: IRService): string {
  return (
    GENERATED_HEADER(service.source) +
    `// ${service.metadata.serviceFullName} uses the ${service.metadata.protocol} protocol; shapegen generates\n` +
    `// serializers for ${Object.keys(PROTOCOL_GENERATORS).join(', ')} only, so this service has none.\nexport {};\n`
  );
}

export const protocolEmitter: Emitter = {
  name: 'ts-protocol',
  emit(service: IRService): GeneratedFile[] {
    const gen = protocolGenerator(service);
    return [{ path: PROTOCOL_FILE, contents: gen ? renderProtocol(service, gen) : unsupported(service) }];
  },
};
