/**
 * Splitting the compiled checks into modules a client loads one operation at a time. ajv's standalone
 * output is a flat list of top-level declarations (`const schemaN = {...};`, `const funcN = ...;`,
 * `function validateN(...) {...}`, `export const <Root>: CompiledCheck = validateN;`), which refer to each
 * other by name. Each declaration is placed by the roots that reach it:
 * - reached by one chunk root (an operation's input) alone: that root's own module;
 * - reached by a chunk root and by anything else: the shared module, which the chunks import from;
 * - reached by no chunk root (outputs, errors): the module of the other checks.
 * A client's first call of an operation then loads its input's module and the shared one, not every
 * operation's checks. One pass over the text (indexOf, see statementTexts) and one walk per root: a cheap
 * text pass, like the rewriting in ajv-output.ts (7 ms on DynamoDB's 0.9 MB).
 */
import { CHECK_TYPE } from './ajv-output.js';

/** A top-level declaration of the compiled code. */
interface Declaration {
  readonly name: string;
  /** Its text, without the trailing newline. */
  readonly text: string;
  /** The other declarations it names. */
  readonly refs: readonly number[];
}

/** The names ajv gives top-level values (its `scopeValue` prefixes), and ajv-output.ts's `keysN`, each followed by a number. */
const SCOPE_NAME = /\b(?:schema|validate|wrapper|root|func|formats|pattern|keyword|Error|keys)\d+\b/g;
const DECLARED = /^(?:export )?(?:const|function) ([A-Za-z_$][\w$]*)/;
const ROOT_EXPORT = /^export const ([A-Za-z_$][\w$]*): \w+ = (validate\d+);$/;

/**
 * The texts of the top-level statements. ajv writes every statement on its own line and indents nothing, so
 * a line does not tell whether it is top-level: a top-level statement that is not a function is one line,
 * and a function (`function validateN(`) ends with the tail ajv-output.ts gives every check
 * (`(validateN as CompiledCheck).errors = vErrors; return false; }`). Found with indexOf, not by counting
 * braces character by character (a third of the time on DynamoDB).
 */
function statementTexts(code: string): string[] {
  const texts: string[] = [];
  for (let start = 0; start < code.length; ) {
    if (code.charCodeAt(start) === 10) {
      start++;
      continue;
    }
    let end: number;
    const fn = code.startsWith('function ', start) ? /^function (validate\d+)\(/.exec(code.slice(start, start + 40)) : null;
    if (fn) {
      const tail = `\n(${fn[1]} as ${CHECK_TYPE}).errors = vErrors;\nreturn false;\n}`;
      const at = code.indexOf(tail, start);
      if (at < 0 || code.lastIndexOf('\nfunction ', at) > start) throw new Error(`shapegen: compiled validators: ${fn[1]} does not end as ajv-output.ts writes it`);
      end = at + tail.length;
    } else {
      end = code.indexOf('\n', start);
      if (end < 0) end = code.length;
    }
    texts.push(code.slice(start, end));
    start = end + 1;
  }
  return texts;
}

/** The top-level declarations, in order; an unknown form is an error (the pinned ajv's output only). */
function declarations(code: string): Declaration[] {
  const texts = statementTexts(code);
  const index = new Map<string, number>();
  const names = texts.map((text, i) => {
    const m = DECLARED.exec(text);
    if (!m) throw new Error(`shapegen: compiled validators: a top-level statement the split does not know: ${text.slice(0, 80)}`);
    index.set(m[1], i);
    return m[1];
  });
  return texts.map((text, i) => {
    const refs = new Set<number>();
    for (const m of text.matchAll(SCOPE_NAME)) {
      const j = index.get(m[0]);
      if (j !== undefined && j !== i) refs.add(j);
    }
    return { name: names[i], text, refs: [...refs] };
  });
}

/** Where declarations go: a chunk root's export name, or one of these two. */
export const SHARED = Symbol('shared');
export const OTHER = Symbol('other');
export type Place = string | typeof SHARED | typeof OTHER;

export interface CheckModule {
  readonly place: Place;
  /** The declarations, in the order ajv wrote them. */
  readonly code: string;
  /** The shared declarations it uses (for its imports). */
  readonly imports: readonly string[];
  /** The root checks it exports (by their export names). */
  readonly roots: readonly string[];
}

/**
 * The compiled code (`export const <Root>: CompiledCheck = validateN;` per root) in modules: one per chunk
 * root that has one, the shared one and the other one, each only when it holds something. The shared
 * declarations another module uses are exported.
 */
export function splitChecks(code: string, chunkRoots: ReadonlySet<string>): CheckModule[] {
  const decls = declarations(code);
  // Per declaration: the one root reaching it (index), MANY, or NONE; and whether a chunk root does.
  const NONE = -1;
  const MANY = -2;
  const owner = new Array<number>(decls.length).fill(NONE);
  const byChunk = new Array<boolean>(decls.length).fill(false);
  const seen = new Array<number>(decls.length).fill(NONE);
  decls.forEach((d, r) => {
    if (!ROOT_EXPORT.test(d.text)) return;
    const chunk = chunkRoots.has(d.name);
    const todo = [r];
    seen[r] = r;
    while (todo.length > 0) {
      const i = todo.pop()!;
      owner[i] = owner[i] === NONE ? r : MANY;
      if (chunk) byChunk[i] = true;
      for (const j of decls[i].refs) {
        if (seen[j] !== r) {
          seen[j] = r;
          todo.push(j);
        }
      }
    }
  });
  const placeOf = (i: number): Place => {
    if (owner[i] >= 0 && byChunk[i]) return decls[owner[i]].name;
    return byChunk[i] ? SHARED : OTHER;
  };
  const places = decls.map((_d, i) => placeOf(i));
  const exported = new Set<number>();
  const modules = new Map<Place, { texts: string[]; imports: Set<string>; roots: string[] }>();
  decls.forEach((d, i) => {
    const place = places[i];
    for (const j of d.refs) {
      // By construction a declaration reaches only its own module's and shared ones (shared: only shared).
      if (places[j] !== place && places[j] !== SHARED) throw new Error(`shapegen: compiled validators: ${d.name} would import ${decls[j].name} from another check's module`);
    }
    let m = modules.get(place);
    if (!m) modules.set(place, (m = { texts: [], imports: new Set(), roots: [] }));
    if (ROOT_EXPORT.test(d.text)) m.roots.push(d.name);
    if (place === SHARED) return;
    for (const j of d.refs) {
      if (places[j] === SHARED) {
        exported.add(j);
        m.imports.add(decls[j].name);
      }
    }
  });
  decls.forEach((d, i) => {
    const text = exported.has(i) ? `export ${d.text}` : d.text;
    modules.get(places[i])!.texts.push(text);
  });
  return [...modules].map(([place, m]) => ({ place, code: m.texts.join('\n'), imports: [...m.imports].sort(), roots: m.roots }));
}
