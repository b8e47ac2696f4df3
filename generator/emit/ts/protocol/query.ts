/** Query: a form POST with an XML response in its result wrapper (runtime/query.ts). */
import { stringLiteral } from '../../../context/escape.js';
import type { ProtocolGenerator } from './generator.js';
import { describeAction, queryOperationSpec } from './query-spec.js';
import { XML_DEPENDENCIES } from './xml-dependencies.js';

export const queryGenerator: ProtocolGenerator = {
  title: () => 'AWS Query',
  protocolClass: { module: 'query', name: 'QueryProtocol' },
  operationType: { module: 'query', name: 'FormOperation' },
  dependencies: XML_DEPENDENCIES,
  table: { xml: true },
  serviceFields: (ctx) => [`  version: ${stringLiteral(ctx.ir.metadata.apiVersion)},`],
  operationSpec: (_ctx, op, tables) => queryOperationSpec(op, tables, true),
  describe: (_ctx, op) => describeAction(op),
};
