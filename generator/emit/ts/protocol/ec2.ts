/** EC2: the Query form in EC2's dialect, results in the response's root (runtime/ec2.ts). */
import { stringLiteral } from '../../../context/escape.js';
import type { ProtocolGenerator } from './generator.js';
import { describeAction, queryOperationSpec } from './query-spec.js';
import { XML_DEPENDENCIES } from './xml-dependencies.js';

export const ec2Generator: ProtocolGenerator = {
  title: () => 'EC2',
  protocolClass: { module: 'ec2', name: 'Ec2Protocol' },
  operationType: { module: 'ec2', name: 'FormOperation' },
  dependencies: XML_DEPENDENCIES,
  table: { xml: true, ec2: true },
  serviceFields: (ctx) => [`  version: ${stringLiteral(ctx.ir.metadata.apiVersion)},`],
  operationSpec: (_ctx, op, tables) => queryOperationSpec(op, tables, false),
  describe: (_ctx, op) => describeAction(op),
};
