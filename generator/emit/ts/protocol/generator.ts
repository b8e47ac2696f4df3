/**
 * What a protocol contributes to `src/protocol.ts`: the runtime class that interprets the tables, the
 * fields of the service spec, each operation's spec, and a line of doc per operation. Everything else
 * (the header, the shape table, the error classes, the exported functions) is common (render.ts).
 */
import type { IROperation, IRService } from '../../../ir/types.js';
import type { ShapeTableResult, TableOptions } from './shape-table.js';

export interface ProtocolGenerator {
  /** The protocol's name in the file's doc comment, e.g. `REST-JSON`. */
  title(service: IRService): string;
  /** The runtime module of the protocol class (`rest-json.ts`): it and what it imports are copied into the package. */
  readonly runtimeModule: string;
  /** npm dependencies the runtime module needs in the generated package (e.g. the XML parser). */
  readonly dependencies?: Readonly<Record<string, string>>;
  /** The runtime imports of the protocol class and the operation type (whole import lines). */
  readonly imports: readonly string[];
  /** The runtime class constructed with the service spec, and the type of its operations. */
  readonly protocolClass: string;
  readonly operationType: string;
  readonly table: TableOptions;
  /** Fields of the service spec before `shapes` and `errors`, as `  name: value,` lines. */
  serviceFields(service: IRService): string[];
  /** The operation's spec, handed to `protocol.operation(...)`. */
  operationSpec(service: IRService, op: IROperation, tables: ShapeTableResult): Record<string, unknown>;
  /** How the request goes on the wire, for the serializer's doc comment (e.g. `` `GET /{Id}` ``). */
  describe(service: IRService, op: IROperation): string;
}
