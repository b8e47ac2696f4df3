/**
 * Checks on the parsed value, before anything else walks it: nesting after YAML aliases are expanded (an
 * alias may put a deep value at a deep place), values that contain themselves (an alias to an ancestor),
 * and text that no generated file can carry (NUL and lone surrogates written as escapes; other escaped
 * control characters get a warning, since the docs drop them).
 * Bidirectional-override characters, which can make code or docs read differently than they are, get a
 * warning. One iterative walk; shared values (aliases) are visited once.
 */
import type { Locator, ModelError } from '../validate/errors.js';
import { pointer } from '../validate/errors.js';
import { CONTROL_CHARACTER, MAX_NESTING } from './limits.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

type Path = (string | number)[];

interface Frame {
  readonly value: object;
  readonly path: Path;
  readonly keys: (string | number)[];
  next: number;
  readonly depth: number;
  /** Levels below this value, found so far. */
  height: number;
}

function problem(file: string, locate: Locator, severity: 'error' | 'warning', code: string, path: Path, message: string, at: 'key' | 'value' = 'value'): ModelError {
  const pos = locate(path, at);
  return { code, severity, file, path: pointer(path), line: pos.line, column: pos.column, message };
}

function textProblem(s: string): { code: string; severity: 'error' | 'warning'; what: string } | undefined {
  if (s.includes('\u0000')) return { code: 'nul-character', severity: 'error', what: 'a NUL character (U+0000, written as an escape), which no generated file can carry; remove it' };
  const control = CONTROL_CHARACTER.exec(s);
  // Other controls written as escapes are kept out of every output (the docs drop them, code escapes them).
  if (control) return { code: 'control-character', severity: 'warning', what: `the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (written as an escape), which the docs leave out; check that it is meant` };
  if (LONE_SURROGATE.test(s)) return { code: 'lone-surrogate', severity: 'error', what: 'a lone UTF-16 surrogate (an escape such as \\ud800 without its pair), which is not a character; remove it or write the whole character' };
  if (BIDI_CONTROL.test(s)) return { code: 'bidi-control', severity: 'warning', what: 'a bidirectional-override character, which can make the generated code and docs read differently than they are; check that it is meant' };
  return undefined;
}

/** At most one problem of each code is reported per file: one is enough to find them all. */
export function checkValue(file: string, data: unknown, locate: Locator): ModelError[] {
  const out: ModelError[] = [];
  const seenCodes = new Set<string>();
  const report = (p: ModelError) => {
    if (seenCodes.has(p.code)) return;
    seenCodes.add(p.code);
    out.push(p);
  };
  const checkText = (s: string, path: Path, at: 'key' | 'value') => {
    const t = textProblem(s);
    if (t) report(problem(file, locate, t.severity, t.code, path, `This ${at === 'key' ? 'key' : 'text'} contains ${t.what}.`, at));
  };
  if (typeof data === 'string') checkText(data, [], 'value');
  if (typeof data !== 'object' || data === null) return out;
  const heights = new Map<object, number>();
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  const enter = (value: object, path: Path, depth: number) => {
    onPath.add(value);
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    stack.push({ value, path, keys, next: 0, depth, height: 1 });
  };
  enter(data, [], 1);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.keys.length) {
      stack.pop();
      onPath.delete(top.value);
      heights.set(top.value, top.height);
      const parent = stack[stack.length - 1];
      if (parent) parent.height = Math.max(parent.height, top.height + 1);
      continue;
    }
    const key = top.keys[top.next++];
    const path = [...top.path, key];
    if (typeof key === 'string') checkText(key, path, 'key');
    const child = (top.value as Record<string | number, unknown>)[key];
    if (typeof child === 'string') checkText(child, path, 'value');
    if (typeof child !== 'object' || child === null) continue;
    if (onPath.has(child)) {
      report(problem(file, locate, 'error', 'self-reference', path, 'This value contains itself (a YAML alias to one of its own ancestors), which no model can mean; write the value out.'));
      continue;
    }
    const shared = heights.get(child);
    if (top.depth + (shared ?? 1) > MAX_NESTING) {
      report(problem(file, locate, 'error', 'too-deep', path, `Collections are nested more than ${MAX_NESTING} levels deep here (the limit), counting YAML aliases as written out; a model never needs that, flatten the value.`));
      continue;
    }
    if (shared !== undefined) {
      top.height = Math.max(top.height, shared + 1);
      continue; // a shared value (an alias), checked once
    }
    enter(child, path, top.depth + 1);
  }
  return out;
}
