/** The operation spec Query and EC2 share (runtime/query.ts `QueryOperationSpec`), from the IR. */
import type { IROperation } from '../../../ir/types.js';
import type { ShapeTableResult } from './shape-table.js';

export function queryOperationSpec(op: IROperation, tables: ShapeTableResult, wrapped: boolean): Record<string, unknown> {
  const spec: Record<string, unknown> = { wireName: op.wireName };
  if (op.input) spec.input = tables.ref(op.input.target);
  if (op.output) spec.output = tables.ref(op.output.target);
  const wrapper = op.output?.traits.resultWrapper;
  if (wrapped && typeof wrapper === 'string') spec.resultWrapper = wrapper;
  const endpoint = op.traits.endpoint as { hostPrefix?: unknown } | undefined;
  if (typeof endpoint?.hostPrefix === 'string') spec.hostPrefix = endpoint.hostPrefix;
  const compression = op.traits.requestcompression as { encodings?: unknown } | undefined;
  if (Array.isArray(compression?.encodings) && compression.encodings.includes('gzip')) spec.gzip = true;
  return spec;
}

export function describeAction(op: IROperation): string {
  return `\`POST /\`, \`Action=${op.wireName}\``;
}
