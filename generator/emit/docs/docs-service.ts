/**
 * The service as the docs pages read it: the IR plus the R names of the service and its operations, taken
 * from the codegen context's symbol table (the pages never derive a name themselves).
 */
import type { CodegenContext } from '../../context/context.js';
import type { IROperation, IRService } from '../../ir/types.js';

export interface DocsOperation extends IROperation {
  /** `start_speaker_enrollment_job` */
  readonly snakeName: string;
  /** `voiceid_start_speaker_enrollment_job` */
  readonly rTopic: string;
  /** The file name (no extension) of the operation's pages. */
  readonly rFileName: string;
  /** The heading of the text rendering (`Start Speaker Enrollment Job`). */
  readonly heading: string;
}

export interface DocsService extends Omit<IRService, 'operations'> {
  /** The R prefix: topic prefix and service page name (`voiceid`). */
  readonly prefix: string;
  /** The heading of the service page's text rendering. */
  readonly heading: string;
  readonly operations: readonly DocsOperation[];
  /** The shapes on a cycle (from the model index). */
  readonly cyclic: ReadonlySet<string>;
  /** The R expressions of the shapes on no cycle, filled as the syntax blocks need them (shape-syntax.ts). */
  readonly shapeExprs: Map<string, string>;
}

export function docsService(ctx: CodegenContext): DocsService {
  const { ir, symbols } = ctx;
  const operations = ir.operations.map((op) => {
    const r = symbols.r(op.name);
    return { ...op, snakeName: r.snakeName, rTopic: r.topic, rFileName: r.fileName, heading: r.heading };
  });
  return { source: ir.source, metadata: ir.metadata, documentation: ir.documentation, shapes: ir.shapes, shape: ir.shape, prefix: symbols.rPrefix, heading: symbols.rServiceHeading, operations, cyclic: ctx.index.cyclic, shapeExprs: new Map() };
}
