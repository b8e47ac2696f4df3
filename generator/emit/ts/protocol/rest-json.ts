/** REST-JSON: HTTP bindings with a JSON body (runtime/rest-json.ts). */
import type { ProtocolGenerator } from './generator.js';
import { describeHttp, restOperationSpec } from './http-spec.js';

export const restJsonGenerator: ProtocolGenerator = {
  title: () => 'REST-JSON',
  runtimeModule: 'rest-json.ts',
  imports: [`import { RestJsonProtocol } from './runtime/rest-json.js';`, `import type { RestOperation } from './runtime/rest.js';`],
  protocolClass: 'RestJsonProtocol',
  operationType: 'RestOperation',
  table: { http: true },
  serviceFields: () => [],
  operationSpec: (service, op, tables) => restOperationSpec(service, op, tables, false),
  describe: (_service, op) => describeHttp(op),
};
