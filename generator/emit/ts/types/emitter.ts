/**
 * `src/types.ts` of the generated package: an interface per structure (required members non-optional),
 * a string literal union plus a const array of the values per enum, TSDoc from the model's documentation.
 * Built as ts-morph structures and printed with its structure printer (enums as text, see enumStatements);
 * the header and title come from the file's writer.
 */
import type { InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, StatementStructures } from 'ts-morph';
import type { CodegenContext } from '../../../context/context.js';
import { propertyKey, stringLiteral } from '../../../context/escape.js';
import { LINE_WIDTH, printLiteral } from '../../../context/ts-literal.js';
import type { IRMember, IRString, IRStructure } from '../../../ir/types.js';
import type { Emitter, GeneratedFile } from '../../types.js';
import { printStructure, StructureKind } from '../ts-morph.js';
import { jsDocText, markdownOnce, tsDoc, tsDocTexts, type ToMarkdown } from './tsdoc.js';
import { typeExpr } from './type-expr.js';

function memberNotes(m: IRMember): string[] {
  return m.idempotencyToken ? ['An idempotency token: when absent, a random UUID is sent.'] : [];
}

function property(ctx: CodegenContext, m: IRMember, md: ToMarkdown): OptionalKind<PropertySignatureStructure> {
  return {
    name: propertyKey(m.name),
    type: typeExpr(ctx, m.target),
    hasQuestionToken: !m.required,
    docs: tsDocTexts({ ...m, notes: memberNotes(m) }, md),
  };
}

function structure(ctx: CodegenContext, shape: IRStructure, md: ToMarkdown): StatementStructures | string {
  const name = ctx.symbols.type(shape.name).name;
  if (shape.document) {
    return { kind: StructureKind.TypeAlias, name, isExported: true, type: 'unknown', docs: tsDocTexts(shape, md) };
  }
  const notes = shape.union ? ['A union: set exactly one member.'] : [];
  // ts-morph prints an empty body on two lines.
  if (shape.members.length === 0) return `${jsDocText(tsDoc({ ...shape, notes }, md))}export interface ${name} {}`;
  const decl: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: tsDocTexts({ ...shape, notes }, md),
    properties: shape.members.map((m) => property(ctx, m, md)),
  };
  return decl;
}

/** A union of literals on one line when `export type Name = ...;` fits, else one `| 'value'` per line. */
function unionType(name: string, literals: readonly string[]): string {
  const flat = literals.join(' | ');
  if (`export type ${name} = ${flat};`.length <= LINE_WIDTH) return ` ${flat}`;
  if (`  ${flat};`.length <= LINE_WIDTH) return `\n  ${flat}`;
  return literals.map((l) => `\n  | ${l}`).join('');
}

/**
 * An enum as text statements (ts-morph would indent a multi-line type or initializer one level deeper
 * than the style has it): the union, and the const array of its values.
 */
function enumStatements(ctx: CodegenContext, shape: IRString, md: ToMarkdown): string[] {
  const name = ctx.symbols.type(shape.name).name;
  const values = shape.enum ?? [];
  const head = `export const ${ctx.symbols.enumValues(shape.name).name} = `;
  return [
    `${jsDocText(tsDoc(shape, md))}export type ${name} =${unionType(name, values.map(stringLiteral))};`,
    `${jsDocText([{ description: `Every value of \`${name}\`, in model order.` }])}${head}${printLiteral(values, '', head.length, ' as const;'.length)} as const;`,
  ];
}

/** The statements of types.ts, in model order. */
export function typeStatements(ctx: CodegenContext): (StatementStructures | string)[] {
  const out: (StatementStructures | string)[] = [];
  const md = markdownOnce((html) => ctx.index.html(html));
  for (const shape of ctx.index.namedShapes) {
    if (shape.type === 'structure') out.push(structure(ctx, shape, md));
    else out.push(...enumStatements(ctx, shape, md));
  }
  return out;
}

/** ts-morph's printer in the project's style (two spaces, single quotes). */
const PRINT_OPTIONS = { indentNumberOfSpaces: 2, useSingleQuote: true } as const;

/**
 * The declarations printed with ts-morph's structure printer as one source-file structure: no project, no
 * source file and no parse of the result (a source file re-parsed on insertion was most of this emitter's
 * time). It sets interfaces off by blank lines, as ts-morph lays out a file.
 */
function printStatements(statements: (StatementStructures | string)[]): string {
  return printStructure({ kind: StructureKind.SourceFile, statements }, PRINT_OPTIONS).trimEnd();
}

export function emitTypes(ctx: CodegenContext): string {
  const w = ctx.tsFile(ctx.symbols.files.types);
  w.titleLine(`Types of ${ctx.ir.metadata.serviceFullName} (API version ${ctx.ir.metadata.apiVersion}).`);
  // ts-morph prints the declarations; the writer owns everything around them.
  w.code().code(printStatements(typeStatements(ctx)));
  return w.toString();
}

export const typesEmitter: Emitter = {
  name: 'ts-types',
  outputs: ['src/types.ts'],
  emit(ctx: CodegenContext): GeneratedFile[] {
    return [{ path: ctx.symbols.files.types, contents: emitTypes(ctx), preformatted: true }];
  },
};
