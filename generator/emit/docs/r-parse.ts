/**
 * Does a piece of text parse as exactly one R expression? roxygen writes inline code as `\code{}` when it
 * does and as `\verb{}` otherwise; this is a small tokenizer and precedence parser for R's grammar, enough
 * to give the same answer as R's parser on the code fragments of API documentation.
 */

type Tok = { k: 'num' | 'str' | 'id' | 'kw' | 'op' | 'nl' | 'end'; v: string };

const KEYWORDS = new Set(['if', 'else', 'repeat', 'while', 'function', 'for', 'in', 'next', 'break']);
const OPERATORS = ['<<-', '->>', ':::', '|>', '::', '<-', '->', '<=', '>=', '==', '!=', '&&', '||', '[[', '\\', ...'+-*/^<>!&|~?:=$@()[]{},;'];
const ESCAPES = new Set(['n', 'r', 't', 'b', 'a', 'f', 'v', '\\', "'", '"', '`', ' ', '\n', '0', '1', '2', '3', '4', '5', '6', '7']);

class ParseError extends Error {}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\f' || c === '\r' || c === '\u00a0') i++;
    else if (c === '\n' || c === ';') (toks.push({ k: 'nl', v: c }), i++);
    else if (c === '#') while (i < src.length && src[i] !== '\n') i++;
    else if (c === '"' || c === "'") i = readString(src, i, toks);
    else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0 || end === i + 1) throw new ParseError();
      toks.push({ k: 'id', v: src.slice(i, end + 1) });
      i = end + 1;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(0[xX][0-9a-fA-F]+|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)[Li]?/.exec(src.slice(i))!;
      toks.push({ k: 'num', v: m[0] });
      i += m[0].length;
      if (/[A-Za-z0-9_.]/.test(src[i] ?? '')) throw new ParseError();
    } else if (/[\p{L}.]/u.test(c)) {
      const m = /^[\p{L}\p{N}._]+/u.exec(src.slice(i))!;
      toks.push({ k: KEYWORDS.has(m[0]) ? 'kw' : 'id', v: m[0] });
      i += m[0].length;
    } else if (c === '%') {
      const end = src.indexOf('%', i + 1);
      if (end < 0 || src.slice(i, end).includes('\n')) throw new ParseError();
      toks.push({ k: 'op', v: '%%' });
      i = end + 1;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (!op) throw new ParseError();
      toks.push({ k: 'op', v: op });
      i += op.length;
    }
  }
  toks.push({ k: 'end', v: '' });
  return toks;
}

function readString(src: string, start: number, toks: Tok[]): number {
  const q = src[start];
  let i = start + 1;
  while (i < src.length && src[i] !== q) {
    if (src[i] === '\\') {
      const e = src[i + 1] ?? '';
      if (e === 'x') {
        if (!/[0-9a-fA-F]/.test(src[i + 2] ?? '')) throw new ParseError();
      } else if (e === 'u' || e === 'U') {
        if (!/[0-9a-fA-F{]/.test(src[i + 2] ?? '')) throw new ParseError();
      } else if (!ESCAPES.has(e)) throw new ParseError();
      i += 2;
    } else i++;
  }
  if (i >= src.length) throw new ParseError();
  toks.push({ k: 'str', v: src.slice(start, i + 1) });
  return i + 1;
}

/** Binary operators: left binding power, and whether they associate to the right. */
const BINARY: Record<string, [number, boolean]> = {
  '?': [1, false], '=': [2, true], '<-': [3, true], '<<-': [3, true], '->': [4, false], '->>': [4, false],
  '~': [5, false], '||': [6, false], '|': [6, false], '&&': [7, false], '&': [7, false],
  '==': [9, false], '!=': [9, false], '<': [9, false], '>': [9, false], '<=': [9, false], '>=': [9, false],
  '+': [10, false], '-': [10, false], '*': [11, false], '/': [11, false], '%%': [12, false], '|>': [12, false],
  ':': [13, false], '^': [15, true], '$': [16, false], '@': [16, false],
};

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly toks: Tok[]) {}
  private peek(): Tok {
    let p = this.pos;
    if (this.depth > 0) while (this.toks[p].k === 'nl' && this.toks[p].v === '\n') p++;
    return this.toks[p];
  }
  private next(): Tok {
    if (this.depth > 0) while (this.toks[this.pos].k === 'nl' && this.toks[this.pos].v === '\n') this.pos++;
    return this.toks[this.pos++];
  }
  private skipNl(): void {
    while (this.toks[this.pos].k === 'nl' && this.toks[this.pos].v === '\n') this.pos++;
  }
  private expect(v: string): void {
    const t = this.next();
    if (t.v !== v || (t.k !== 'op' && t.k !== 'kw')) throw new ParseError();
  }
  /** The whole input: exactly one expression. */
  program(): void {
    this.skipNl();
    this.expr(0);
    this.skipAllSeparators();
    if (this.toks[this.pos].k !== 'end') throw new ParseError();
  }
  private skipAllSeparators(): void {
    while (this.toks[this.pos].k === 'nl') this.pos++;
  }
  private nested<T>(f: () => T): T {
    this.depth++;
    try {
      return f();
    } finally {
      this.depth--;
    }
  }
  expr(minBp: number): void {
    this.prefix();
    let compared = false;
    for (;;) {
      const t = this.peek();
      if (t.k === 'op' && (t.v === '(' || t.v === '[' || t.v === '[[')) {
        this.next();
        this.nested(() => this.args(t.v === '(' ? ')' : t.v === '[' ? ']' : ']]'));
        continue;
      }
      const b = t.k === 'op' ? BINARY[t.v] : undefined;
      if (!b || b[0] < minBp || (b[0] === minBp && !b[1])) return;
      if (t.v === '$' || t.v === '@') {
        // The right of `$` and `@` is a name, never a number.
        this.next();
        const rhs = this.next();
        if (rhs.k !== 'id' && rhs.k !== 'str') throw new ParseError();
        continue;
      }
      // Comparisons do not chain: `a == b == c` is a syntax error.
      if (b[0] === 9) {
        if (compared) throw new ParseError();
        compared = true;
      }
      this.next();
      this.skipNl();
      this.expr(b[1] ? b[0] : b[0] + 1);
    }
  }
  private prefix(): void {
    const t = this.next();
    if (t.k === 'str' || t.k === 'id') {
      // `pkg::name`: a symbol or string on each side, never chained.
      const n = this.toks[this.pos];
      if (n.k === 'op' && (n.v === '::' || n.v === ':::')) {
        this.pos++;
        const rhs = this.toks[this.pos++];
        if (rhs.k !== 'id' && rhs.k !== 'str') throw new ParseError();
      }
      return;
    }
    if (t.k === 'num') return;
    if (t.k === 'kw') return this.keyword(t.v);
    if (t.k !== 'op') throw new ParseError();
    if (t.v === '-' || t.v === '+') return (this.skipNl(), this.expr(14));
    if (t.v === '!') return (this.skipNl(), this.expr(8));
    if (t.v === '~' || t.v === '?') return (this.skipNl(), this.expr(t.v === '~' ? 5 : 1));
    if (t.v === '(') return this.nested(() => (this.expr(0), this.expect(')')));
    if (t.v === '{') return this.block();
    if (t.v === '\\') return this.functionRest();
    throw new ParseError();
  }
  private keyword(k: string): void {
    if (k === 'next' || k === 'break') return;
    if (k === 'function') return this.functionRest();
    if (k === 'repeat') return (this.skipNl(), this.expr(0));
    if (k === 'if' || k === 'while') {
      this.expect('(');
      this.nested(() => (this.expr(0), this.expect(')')));
      this.skipNl();
      this.expr(2);
      if (k === 'if' && this.peek().k === 'kw' && this.peek().v === 'else') (this.next(), this.skipNl(), this.expr(2));
      return;
    }
    if (k === 'for') {
      this.expect('(');
      this.nested(() => {
        if (this.next().k !== 'id') throw new ParseError();
        this.expect('in');
        this.expr(0);
        this.expect(')');
      });
      this.skipNl();
      return this.expr(2);
    }
    throw new ParseError();
  }
  private functionRest(): void {
    this.expect('(');
    this.nested(() => {
      while (this.peek().v !== ')') {
        if (this.next().k !== 'id') throw new ParseError();
        if (this.peek().v === '=') (this.next(), this.expr(3));
        if (this.peek().v === ',') this.next();
        else if (this.peek().v !== ')') throw new ParseError();
      }
      this.next();
    });
    this.skipNl();
    this.expr(2);
  }
  private block(): void {
    const saved = this.depth;
    this.depth = 0;
    for (;;) {
      this.skipAllSeparators();
      if (this.toks[this.pos].v === '}' && this.toks[this.pos].k === 'op') break;
      this.expr(0);
      const t = this.toks[this.pos];
      if (t.k !== 'nl' && !(t.k === 'op' && t.v === '}')) throw new ParseError();
    }
    this.pos++;
    this.depth = saved;
  }
  /** Call or index arguments: empty arguments and `name =` are allowed. */
  private args(close: string): void {
    for (;;) {
      const t = this.peek();
      if (t.k === 'op' && t.v === close) return void this.next();
      if (t.k === 'op' && close === ']]' && t.v === ']') {
        this.next();
        return this.expect(']');
      }
      if (!(t.k === 'op' && t.v === ',')) this.expr(2.5);
      if (this.peek().k === 'op' && this.peek().v === '=') (this.next(), this.peek().v !== ',' && this.peek().v !== close && this.expr(2.5));
      const n = this.peek();
      if (n.k === 'op' && n.v === ',') this.next();
      else if (!(n.k === 'op' && (n.v === close || (close === ']]' && n.v === ']')))) throw new ParseError();
    }
  }
}

/** True when `code` is exactly one syntactically valid R expression. */
export function canParseR(code: string): boolean {
  try {
    const toks = tokenize(code);
    new Parser(toks).program();
    return true;
  } catch (e) {
    if (e instanceof ParseError) return false;
    throw e;
  }
}

/** Operators and keywords roxygen always writes as `\code{}`. */
export const R_SPECIAL = new Set(
  '- : :: ::: ! != ( [ [[ @ * / & && %*% %/% %% %in% %o% %x% ^ + < <= = == > >= | || ~ $ for function if repeat while'.split(' '),
);
