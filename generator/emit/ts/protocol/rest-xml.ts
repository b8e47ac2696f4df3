/** REST-XML: HTTP bindings with an XML body (runtime/rest-xml.ts). */
import type { ProtocolGenerator } from './generator.js';
import { describeHttp, restOperationSpec, serviceHeaderFields } from './http-spec.js';
import { XML_DEPENDENCIES } from './xml-dependencies.js';

export const restXmlGenerator: ProtocolGenerator = {
  title: () => 'REST-XML',
  protocolClass: { module: 'rest-xml', name: 'RestXmlProtocol' },
  operationType: { module: 'rest', name: 'RestOperation' },
  dependencies: XML_DEPENDENCIES,
  table: { http: true, xml: true },
  serviceFields: (ctx) => serviceHeaderFields(ctx.ir),
  operationSpec: (ctx, op, tables) => restOperationSpec(ctx, op, tables, true),
  describe: (_ctx, op) => describeHttp(op),
};
