/** EC2: the Query form in EC2's dialect, results in the response's root (runtime/ec2.ts). */
import type { ProtocolGenerator } from './generator.js';
import { describeAction, queryOperationSpec } from './query-spec.js';
import { XML_DEPENDENCIES } from './xml-dependencies.js';

export const ec2Generator: ProtocolGenerator = {
  title: () => 'EC2',
  runtimeModule: 'ec2.ts',
  dependencies: XML_DEPENDENCIES,
  imports: [`import { Ec2Protocol, type FormOperation } from './runtime/ec2.js';`],
  protocolClass: 'Ec2Protocol',
  operationType: 'FormOperation',
  table: { xml: true, ec2: true },
  serviceFields: (service) => [`  version: ${JSON.stringify(service.metadata.apiVersion)},`],
  operationSpec: (_service, op, tables) => queryOperationSpec(op, tables, false),
  describe: (_service, op) => describeAction(op),
};
