/** REST-XML: HTTP bindings with an XML body (runtime/rest-xml.ts). */
import type { ProtocolGenerator } from './generator.js';
import { describeHttp, restOperationSpec } from './http-spec.js';
import { XML_DEPENDENCIES } from './xml-dependencies.js';

export const restXmlGenerator: ProtocolGenerator = {
  title: () => 'REST-XML',
  runtimeModule: 'rest-xml.ts',
  dependencies: XML_DEPENDENCIES,
  imports: [`import { RestXmlProtocol } from './runtime/rest-xml.js';`, `import type { RestOperation } from './runtime/rest.js';`],
  protocolClass: 'RestXmlProtocol',
  operationType: 'RestOperation',
  table: { http: true, xml: true },
  serviceFields: () => [],
  operationSpec: (service, op, tables) => restOperationSpec(service, op, tables, true),
  describe: (_service, op) => describeHttp(op),
};
