/**
 * Splitting the compiled checks into modules a client loads one operation at a time. ajv's standalone
 * output is a flat list of top-level declarations (`const schemaN = {...};`, `const funcN = ...;`,
 * `function validateN(...) {...}`, `export const <Root>: CompiledCheck = validateN;`), which refer to each
 * other by name. Each declaration is placed by the chunk roots (operation inputs) that reach it:
 * - one: that input's own module;
 * - several: the shared module of that set of inputs (DynamoDB has 6 such sets, EC2 16);
 * - none (outputs, errors): the module of the other checks, which may import from any of them.
 * A client's first call of an operation then loads its input's module and the shared ones it needs, not
 * every operation's checks (nor re2js, unless the input has a pattern that needs it). One pass over the text (indexOf, see statementTexts) and one walk per root: a cheap
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

/** The names ajv gives top-level values (its `scopeValue` prefixes), each followed by a number. */
const SCOPE_NAME = /\b(?:schema|validate|wrapper|root|func|formats|pattern|keyword|Error)\d+\b/g;
const DECLARED = /^(?:export )?(?:const|function) ([A-Za-z_$][\w$]*)/;
const ROOT_EXPORT = /^export const ([A-Za-z_$][\w$]*): \w+ = (validate\d+);$/;
/** ajv's binding of a function from outside the code (a runtime helper): `const funcN = codePointLength;`. */
const EXTERNAL_BINDING = /^const func\d+ = ([A-Za-z_$][\w$]*);$/;

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

/**
 * Where declarations go: a chunk root's export name (its own module), a shared module's number, or the
 * other module.
 */
export const OTHER = Symbol('other');
export type Place = string | number | typeof OTHER;

/** Past this many shared modules (sets of inputs reaching a declaration) they are one: no model has come near. */
export const MAX_SHARED_MODULES = 64;

export interface CheckModule {
  readonly place: Place;
  /** The declarations, in the order ajv wrote them. */
  readonly code: string;
  /** What it uses from other modules: names by place. */
  readonly imports: ReadonlyMap<Place, readonly string[]>;
  /** The root checks it exports (by their export names). */
  readonly roots: readonly string[];
  /** The outside functions its declarations bind (ajv's `const funcN = name;`): the helpers to import. */
  readonly externals: readonly string[];
}

/** Per declaration, the chunk roots (indices, ascending) that reach it. */
function reachingRoots(decls: readonly Declaration[], chunkRoots: ReadonlySet<string>): number[][] {
  const reach = decls.map((): number[] => []);
  const seen = new Array<number>(decls.length).fill(-1);
  decls.forEach((d, r) => {
    if (!chunkRoots.has(d.name) || !ROOT_EXPORT.test(d.text)) return;
    const todo = [r];
    seen[r] = r;
    while (todo.length > 0) {
      const i = todo.pop()!;
      reach[i].push(r);
      for (const j of decls[i].refs) {
        if (seen[j] !== r) {
          seen[j] = r;
          todo.push(j);
        }
      }
    }
  });
  return reach;
}

/**
 * The place of each declaration: the chunk root's module when one chunk root alone reaches it, a shared
 * module per set of chunk roots reaching it (numbered in order of appearance), else the other module. A
 * declaration only reaches declarations reached by at least the same roots, so a module imports from
 * modules of larger sets only: no import cycle.
 */
function placesOf(decls: readonly Declaration[], chunkRoots: ReadonlySet<string>): Place[] {
  const reach = reachingRoots(decls, chunkRoots);
  const groups = new Map<string, number>();
  const places = reach.map((roots): Place => {
    if (roots.length === 0) return OTHER;
    if (roots.length === 1) return decls[roots[0]].name;
    const key = roots.join(',');
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = groups.size));
    return group;
  });
  return groups.size > MAX_SHARED_MODULES ? places.map((p) => (typeof p === 'number' ? 0 : p)) : places;
}

/**
 * A declaration that several inputs share and that is at most this long (a `const funcN = helper;`, a
 * pattern, a small check) is copied into each module that uses it rather than given a shared module: at an
 * operation's first call each module its check imports is one more file to fetch and compile after the
 * check's own, which cost more than the line does (a 110-byte module of DynamoDB's GetItem check took
 * about as long as its 10 KB one).
 */
export const COPY_LIMIT = 1000;

/** The shared places renumbered in order of appearance over the declarations that stay (a set whose declarations are all copied has no module). */
function renumbered(places: readonly Place[], copied: readonly boolean[]): Place[] {
  const numbers = new Map<number, number>();
  for (let i = 0; i < places.length; i++) {
    const p = places[i];
    if (typeof p === 'number' && !copied[i] && !numbers.has(p)) numbers.set(p, numbers.size);
  }
  return places.map((p): Place => (typeof p === 'number' ? (numbers.get(p) ?? -1) : p));
}

/** The declarations of a module: its own, and the copied ones they use, directly or not; ascending. */
function withCopies(own: readonly number[], decls: readonly Declaration[], copied: readonly boolean[]): number[] {
  const members = new Set(own);
  const todo = [...own];
  while (todo.length > 0) {
    for (const j of decls[todo.pop()!].refs) {
      if (copied[j] && !members.has(j)) {
        members.add(j);
        todo.push(j);
      }
    }
  }
  return [...members].sort((a, b) => a - b);
}

/**
 * The compiled code (`export const <Root>: CompiledCheck = validateN;` per root) in modules: one per chunk
 * root, the shared ones and the other one, each only when it holds something. What a module uses from
 * another is exported there; a shared declaration of at most `copyLimit` characters is copied instead.
 */
export function splitChecks(code: string, chunkRoots: ReadonlySet<string>, copyLimit = COPY_LIMIT): CheckModule[] {
  const decls = declarations(code);
  const first = placesOf(decls, chunkRoots);
  const copied = decls.map((d, i) => typeof first[i] === 'number' && d.text.length <= copyLimit);
  const places = renumbered(first, copied);
  const owned = new Map<Place, number[]>();
  decls.forEach((_, i) => {
    if (copied[i]) return;
    const list = owned.get(places[i]);
    if (list) list.push(i);
    else owned.set(places[i], [i]);
  });
  const exported = new Set<number>();
  const modules = [...owned].map(([place, own]) => {
    const members = withCopies(own, decls, copied);
    const imports = new Map<Place, Set<string>>();
    const externals = new Set<string>();
    const roots: string[] = [];
    for (const i of members) {
      const d = decls[i];
      if (ROOT_EXPORT.test(d.text)) roots.push(d.name);
      const external = EXTERNAL_BINDING.exec(d.text);
      if (external) externals.add(external[1]);
      for (const j of d.refs) {
        const from = places[j];
        if (copied[j] || from === place) continue;
        // By construction only the other module imports from an input's module, and nothing from the other.
        if (from === OTHER || (typeof from === 'string' && place !== OTHER)) throw new Error(`shapegen: compiled validators: ${d.name} would import ${decls[j].name} from another check's module`);
        exported.add(j);
        let names = imports.get(from);
        if (!names) imports.set(from, (names = new Set()));
        names.add(decls[j].name);
      }
    }
    return { place: place as Place, members, imports, roots, externals };
  });
  return modules.map((m) => ({
    place: m.place,
    code: m.members.map((i) => (exported.has(i) ? `export ${decls[i].text}` : decls[i].text)).join('\n'),
    imports: new Map([...m.imports].map(([from, names]) => [from, [...names].sort()])),
    roots: m.roots,
    externals: [...m.externals].sort(),
  }));
}
