/**
 * One TypeScript file being written (after smithy-typescript's TypeScriptWriter): it owns the do-not-edit
 * header, the imports (recorded as the code asks for them, so a helper is imported exactly when used) and
 * the escaping of every comment and literal. Emitters append code; `toString()` gives the whole file.
 */
import { dirname, posix } from 'node:path';
import { blockCommentText, docCommentLines, lineCommentText } from './escape.js';
import { slashHeader } from './header.js';
import { LINE_WIDTH } from './ts-literal.js';

interface ImportEntry {
  readonly values: Map<string, string>;
  readonly types: Map<string, string>;
  namespace?: { alias: string; typeOnly: boolean };
}

interface ReexportEntry {
  readonly values: Set<string>;
  readonly types: Set<string>;
  star: boolean;
}

/** `head { a, b } tail` on one line when it fits, else one name per line (prettier's layout). */
function braced(head: string, parts: readonly string[], tail: string): string {
  const flat = `${head}{ ${parts.join(', ')} }${tail}`;
  return flat.length <= LINE_WIDTH ? flat : `${head}{\n${parts.map((p) => `  ${p},`).join('\n')}\n}${tail}`;
}

/** `head(a, b)tail` on one line when it fits, else one parameter per line (prettier's layout of a signature). */
export function parenthesized(head: string, params: readonly string[], tail: string, indent = ''): string {
  const flat = `${indent}${head}(${params.join(', ')})${tail}`;
  if (flat.length <= LINE_WIDTH || params.length === 0) return flat;
  return `${indent}${head}(\n${params.map((p) => `${indent}  ${p},`).join('\n')}\n${indent})${tail}`;
}

/** `import { a, b as c, type D }` parts: values first, then types, each sorted by name. */
function specifiers(values: Map<string, string>, types: Map<string, string>): string[] {
  const one = (name: string, alias: string) => (name === alias ? name : `${name} as ${alias}`);
  const sorted = (m: Map<string, string>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [...sorted(values).map(([n, a]) => one(n, a)), ...sorted(types).map(([n, a]) => `type ${one(n, a)}`)];
}

export class TsWriter {
  private readonly imports = new Map<string, ImportEntry>();
  private readonly reexports = new Map<string, ReexportEntry>();
  private readonly title: string[] = [];
  private fileDocLines: string[] = [];
  private readonly body: string[] = [];

  /**
   * @param path the file's path inside the package (`src/protocol.ts`): imports are written relative to it.
   * @param source the model file named in the header.
   */
  constructor(readonly path: string, private readonly source: string) {}

  /** The module specifier of another package file, relative to this one (`src/runtime/http.ts` -> `./runtime/http.js`). */
  specifier(file: string): string {
    const rel = posix.relative(dirname(this.path), file).replace(/\.ts$/, '.js');
    return rel.startsWith('.') ? rel : `./${rel}`;
  }

  private entry(file: string): ImportEntry {
    const spec = this.specifier(file);
    let e = this.imports.get(spec);
    if (!e) this.imports.set(spec, (e = { values: new Map(), types: new Map() }));
    return e;
  }

  /** Imports a value from a package file and returns the local name to use. */
  value(file: string, name: string, alias = name): string {
    this.entry(file).values.set(name, alias);
    return alias;
  }

  /** Imports a type from a package file and returns the local name to use. */
  type(file: string, name: string, alias = name): string {
    const e = this.entry(file);
    if (!e.values.has(name)) e.types.set(name, alias);
    return alias;
  }

  /** `import * as alias from` (or `import type * as`): returns `alias`. */
  namespace(file: string, alias: string, typeOnly = false): string {
    this.entry(file).namespace = { alias, typeOnly };
    return alias;
  }

  private reexportEntry(file: string): ReexportEntry {
    const spec = this.specifier(file);
    let e = this.reexports.get(spec);
    if (!e) this.reexports.set(spec, (e = { values: new Set(), types: new Set(), star: false }));
    return e;
  }

  /** `export { name } from` (or `export { type name }`; `name as alias` when the package exports it as another name). */
  reexport(file: string, name: string, typeOnly = false, alias = name): void {
    const e = this.reexportEntry(file);
    (typeOnly ? e.types : e.values).add(name === alias ? name : `${name} as ${alias}`);
  }

  /** `export * from`. */
  reexportAll(file: string): void {
    this.reexportEntry(file).star = true;
  }

  /** A `//` line under the header that says what the file is. */
  titleLine(text: string): this {
    this.title.push(`// ${lineCommentText(text)}`);
    return this;
  }

  /** The file's own doc comment, between the header and the imports. */
  fileDoc(text: string | readonly string[]): this {
    this.fileDocLines = (typeof text === 'string' ? [text] : text).flatMap(docCommentLines);
    return this;
  }

  /** Code, as written (generated code only: model text goes through `doc`, `comment` or the literal escapes). */
  code(text = ''): this {
    this.body.push(text);
    return this;
  }

  /**
   * A doc comment, every line of model text made safe inside it: a string on one line (`/** text *\/`),
   * an array of lines as a block.
   */
  doc(text: string | readonly string[], indent = ''): this {
    const lines = (typeof text === 'string' ? [text] : text).flatMap(docCommentLines);
    if (typeof text === 'string' && lines.length === 1) this.body.push(`${indent}/** ${lines[0]} */`);
    else this.body.push([`${indent}/**`, ...lines.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`].join('\n'));
    return this;
  }

  /** A `//` comment line. */
  comment(text: string, indent = ''): this {
    this.body.push(`${indent}// ${lineCommentText(text)}`);
    return this;
  }

  /** Escapes text for a block comment written by another tool (ts-morph docs). */
  static commentSafe(text: string): string {
    return blockCommentText(text);
  }

  private importLines(): string[] {
    const lines: string[] = [];
    for (const [spec, e] of this.imports) {
      if (e.namespace) lines.push(`import ${e.namespace.typeOnly ? 'type ' : ''}* as ${e.namespace.alias} from '${spec}';`);
      const parts = specifiers(e.values, e.types);
      if (parts.length === 0) continue;
      // All types: `import type { A, B }` reads better than `import { type A, type B }`.
      if (e.values.size === 0) lines.push(braced('import type ', [...e.types].sort().map(([n, a]) => (n === a ? n : `${n} as ${a}`)), ` from '${spec}';`));
      else lines.push(braced('import ', parts, ` from '${spec}';`));
    }
    return lines;
  }

  private reexportLines(): string[] {
    const lines: string[] = [];
    for (const [spec, e] of this.reexports) {
      if (e.star) lines.push(`export * from '${spec}';`);
      const values = [...e.values].sort();
      const types = [...e.types].sort();
      if (values.length === 0 && types.length > 0) lines.push(braced('export type ', types, ` from '${spec}';`));
      else if (values.length > 0) lines.push(braced('export ', [...values, ...types.map((t) => `type ${t}`)], ` from '${spec}';`));
    }
    return lines;
  }

  /** The whole file: header, title, imports, re-exports, then the code in the order it was added. */
  toString(): string {
    const head = slashHeader(this.source) + this.title.map((l) => `${l}\n`).join('');
    const imports = this.importLines();
    const reexports = this.reexportLines();
    const parts = [head];
    if (this.fileDocLines.length > 0) parts.push(['\n/**', ...this.fileDocLines.map((l) => (l === '' ? ' *' : ` * ${l}`)), ' */'].join('\n'));
    if (imports.length > 0) parts.push('\n' + imports.join('\n') + '\n');
    if (reexports.length > 0) parts.push((imports.length > 0 ? '' : '\n') + reexports.join('\n') + '\n');
    if (this.body.length > 0) parts.push(this.body.join('\n') + '\n');
    return parts.join('');
  }
}
