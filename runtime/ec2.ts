/**
 * The EC2 protocol: the Query protocol's form and XML (query.ts) in EC2's dialect. Lists are always
 * flattened (`Key.N`) and skipped when empty, members are named by `queryName` or the capitalised
 * `locationName`; results sit directly in the response's root element; errors in `<Response><Errors>`.
 */
import { FormProtocol, type QueryServiceSpec } from './query.js';

export type { FormOperation, QueryOperationSpec } from './query.js';

/** An EC2 service: its shapes and errors, compiled on first use. */
export class Ec2Protocol extends FormProtocol {
  constructor(spec: QueryServiceSpec, randomId?: () => string) {
    super(spec, 'ec2', randomId);
  }
}
