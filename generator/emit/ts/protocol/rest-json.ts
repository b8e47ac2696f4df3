/** REST-JSON: HTTP bindings with a JSON body (runtime/rest-json.ts). */
import type { ProtocolGenerator } from './generator.js';
import { describeHttp, restOperationSpec, serviceHeaderFields } from './http-spec.js';

export const restJsonGenerator: ProtocolGenerator = {
  title: () => 'REST-JSON',
  protocolClass: { module: 'rest-json', name: 'RestJsonProtocol' },
  operationType: { module: 'rest', name: 'RestOperation' },
  table: { http: true },
  serviceFields: (ctx) => serviceHeaderFields(ctx.ir),
  operationSpec: (ctx, op, tables) => restOperationSpec(ctx, op, tables, false),
  describe: (_ctx, op) => describeHttp(op),
};
