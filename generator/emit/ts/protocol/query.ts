/** Query: a form POST with an XML response in its result wrapper (runtime/query.ts). */
import type { ProtocolGenerator } from './generator.js';
import { describeAction, queryOperationSpec } from './query-spec.js';
import { XML_DEPENDENCIES } from './xml-dependencies.js';

export const queryGenerator: ProtocolGenerator = {
  title: () => 'AWS Query',
  runtimeModule: 'query.ts',
  dependencies: XML_DEPENDENCIES,
  imports: [`import { QueryProtocol, type FormOperation } from './runtime/query.js';`],
  protocolClass: 'QueryProtocol',
  operationType: 'FormOperation',
  table: { xml: true },
  serviceFields: (service) => [`  version: ${JSON.stringify(service.metadata.apiVersion)},`],
  operationSpec: (_service, op, tables) => queryOperationSpec(op, tables, true),
  describe: (_service, op) => describeAction(op),
};
