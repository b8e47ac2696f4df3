/**
 * `src/types.ts` of the generated package: an interface per structure (required members non-optional),
 * a string literal union plus a const array of the values per enum, TSDoc from the model's documentation.
 * Built with ts-morph structures on one in-memory project shared by every call (this runs for hundreds of
 * models), printed in one insertion per file.
 */
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type StatementStructures,
} from 'ts-morph';
import type { IRMember, IRService, IRShape } from '../../../ir/types.js';
import { assignValueNames, tsPropertyKey } from '../../../names/names.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { generatedHeader } from '../package/header.js';
import { tsDoc } from './tsdoc.js';
import { enumTypeNames, isNamedShape, typeExpr, typeNames } from './type-expr.js';

export const TYPES_PATH = 'src/types.ts';

let shared: Project | undefined;
function project(): Project {
  shared ??= new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
  return shared;
}

function memberNotes(m: IRMember): string[] {
  return m.idempotencyToken ? ['An idempotency token: when absent, a random UUID is sent.'] : [];
}

function property(ir: IRService, m: IRMember): OptionalKind<PropertySignatureStructure> {
  return {
    name: tsPropertyKey(m.name),
    type: typeExpr(ir, m.target),
    hasQuestionToken: !m.required,
    docs: tsDoc({ ...m, notes: memberNotes(m) }),
  };
}

function structure(ir: IRService, shape: IRShape): StatementStructures {
  if (shape.document) {
    return { kind: StructureKind.TypeAlias, name: shape.tsName, isExported: true, type: 'unknown', docs: tsDoc(shape) };
  }
  const notes = shape.union ? ['A union: set exactly one member.'] : [];
  const decl: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name: shape.tsName,
    isExported: true,
    docs: tsDoc({ ...shape, notes }),
    properties: shape.members.map((m) => property(ir, m)),
  };
  return decl;
}

function enumStatements(shape: IRShape, valuesName: string): StatementStructures[] {
  const literals = (shape.enum ?? []).map((v) => JSON.stringify(v));
  return [
    { kind: StructureKind.TypeAlias, name: shape.tsName, isExported: true, type: literals.join(' | '), docs: tsDoc(shape) },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: `Every value of \`${shape.tsName}\`, in model order.` }],
      declarations: [{ name: valuesName, initializer: `[${literals.join(', ')}] as const` }],
    },
  ];
}

/** The statements of types.ts, in model order. */
export function typeStatements(ir: IRService): StatementStructures[] {
  const named = [...ir.shapes.values()].filter(isNamedShape);
  const { enumValues } = assignValueNames(typeNames(ir), enumTypeNames(ir), []);
  const out: StatementStructures[] = [];
  for (const shape of named) {
    if (shape.type === 'structure') out.push(structure(ir, shape));
    else out.push(...enumStatements(shape, enumValues.get(shape.tsName)!));
  }
  return out;
}

export function emitTypes(ir: IRService): string {
  const title = `// Types of ${ir.metadata.serviceFullName} (API version ${ir.metadata.apiVersion}).\n\n`;
  const file = project().createSourceFile(`/${ir.prefix}/types.ts`, '', { overwrite: true });
  try {
    file.addStatements(typeStatements(ir));
    return generatedHeader(ir.source) + title + file.getFullText();
  } finally {
    project().removeSourceFile(file);
  }
}

export const typesEmitter: Emitter = {
  name: 'ts-types',
  emit(ir: IRService): GeneratedFile[] {
    return [{ path: TYPES_PATH, contents: emitTypes(ir) }];
  },
};
