/** AWS JSON 1.0 / 1.1: POST `/` with `X-Amz-Target` (runtime/aws-json.ts). */
import type { ProtocolGenerator } from './generator.js';

function version(service: { metadata: { jsonVersion?: string } }): string {
  return String(service.metadata.jsonVersion ?? '1.0');
}

export const awsJsonGenerator: ProtocolGenerator = {
  title: (service) => `AWS JSON ${version(service)}`,
  runtimeModule: 'aws-json.ts',
  imports: [`import { AwsJsonProtocol, type AwsJsonOperation } from './runtime/aws-json.js';`],
  protocolClass: 'AwsJsonProtocol',
  operationType: 'AwsJsonOperation',
  table: { implicitFormat: 'unixTimestamp' },
  serviceFields: (service) => [
    `  jsonVersion: ${JSON.stringify(version(service))},`,
    `  targetPrefix: ${JSON.stringify(service.metadata.targetPrefix ?? '')},`,
  ],
  operationSpec(_service, op, tables) {
    const spec: Record<string, unknown> = { wireName: op.wireName };
    if (op.input) spec.input = tables.ref(op.input.target);
    if (op.output) spec.output = tables.ref(op.output.target);
    const endpoint = op.traits.endpoint as { hostPrefix?: unknown } | undefined;
    if (typeof endpoint?.hostPrefix === 'string') spec.hostPrefix = endpoint.hostPrefix;
    const compression = op.traits.requestcompression as { encodings?: unknown } | undefined;
    if (Array.isArray(compression?.encodings) && compression.encodings.includes('gzip')) spec.gzip = true;
    return spec;
  },
  describe: (service, op) => `\`X-Amz-Target: ${service.metadata.targetPrefix}.${op.wireName}\``,
};
