/** AWS JSON 1.0 / 1.1: POST `/` with `X-Amz-Target` (runtime/aws-json.ts). */
import { stringLiteral } from '../../../context/escape.js';
import type { ProtocolGenerator } from './generator.js';

function version(ctx: { ir: { metadata: { jsonVersion?: string } } }): string {
  return String(ctx.ir.metadata.jsonVersion ?? '1.0');
}

export const awsJsonGenerator: ProtocolGenerator = {
  title: (ctx) => `AWS JSON ${version(ctx)}`,
  protocolClass: { module: 'aws-json', name: 'AwsJsonProtocol' },
  operationType: { module: 'aws-json', name: 'AwsJsonOperation' },
  table: { implicitFormat: 'unixTimestamp' },
  serviceFields: (ctx) => [
    `  jsonVersion: ${stringLiteral(version(ctx))},`,
    `  targetPrefix: ${stringLiteral(String(ctx.ir.metadata.targetPrefix ?? ''))},`,
  ],
  operationSpec(_ctx, op, tables) {
    const spec: Record<string, unknown> = { wireName: op.wireName };
    if (op.input) spec.input = tables.ref(op.input.target);
    if (op.output) spec.output = tables.ref(op.output.target);
    const endpoint = op.traits.endpoint as { hostPrefix?: unknown } | undefined;
    if (typeof endpoint?.hostPrefix === 'string') spec.hostPrefix = endpoint.hostPrefix;
    const compression = op.traits.requestcompression as { encodings?: unknown } | undefined;
    if (Array.isArray(compression?.encodings) && compression.encodings.includes('gzip')) spec.gzip = true;
    return spec;
  },
  describe: (ctx, op) => `\`X-Amz-Target: ${ctx.ir.metadata.targetPrefix}.${op.wireName}\``,
};
