/**
 * What a protocol contributes to `src/protocol.ts`: the runtime class that interprets the tables, the
 * fields of the service spec, each operation's spec, and a line of doc per operation. Everything else
 * (the header, the shape table, the error classes, the exported functions) is common (render.ts).
 */
import type { CodegenContext } from '../../../context/context.js';
import type { IROperation } from '../../../ir/types.js';
import type { ShapeTableResult, TableOptions } from './shape-table.js';

/** A name exported by a runtime module (`module` without extension, e.g. `rest-json`). */
export interface RuntimeName {
  readonly module: string;
  readonly name: string;
}

export interface ProtocolGenerator {
  /** The protocol's name in the file's doc comment, e.g. `REST-JSON`. */
  title(ctx: CodegenContext): string;
  /** The runtime class constructed with the service spec; its module and what it imports are copied into the package. */
  readonly protocolClass: RuntimeName;
  /** The type of the class's operations. */
  readonly operationType: RuntimeName;
  /** npm dependencies the runtime module needs in the generated package (the XML parser). */
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly table: TableOptions;
  /** Fields of the service spec before `shapes` and `errors`, as `  name: value,` lines. */
  serviceFields(ctx: CodegenContext): string[];
  /** The operation's spec, handed to `protocol.operation(...)`. */
  operationSpec(ctx: CodegenContext, op: IROperation, tables: ShapeTableResult): Record<string, unknown>;
  /** How the request goes on the wire, for the serializer's doc comment (e.g. `` `GET /{Id}` ``). */
  describe(ctx: CodegenContext, op: IROperation): string;
}
