/** The literal printer the writers use instead of a formatter pass: its layout rules, and that it prints what it was given. */
import { describe, expect, it } from 'vitest';
import { flatLiteral, LINE_WIDTH, printLiteral } from '../../generator/context/ts-literal.js';

describe('printLiteral', () => {
  it('keeps a literal that fits on one line, prettier-style spacing and quotes', () => {
    expect(printLiteral({ type: 'list', member: '$string', flattened: true })).toBe("{ type: 'list', member: '$string', flattened: true }");
    expect(printLiteral([])).toBe('[]');
    expect(printLiteral({})).toBe('{}');
  });

  it('breaks what does not fit, one entry per line, each laid out again', () => {
    const value = { type: 'structure', documentation: 'x'.repeat(80), members: [{ name: 'A', shape: 'B' }] };
    expect(printLiteral(value, '  ', 8, 1)).toBe(
      `{\n    type: 'structure',\n    documentation: '${'x'.repeat(80)}',\n    members: [{ name: 'A', shape: 'B' }],\n  }`,
    );
  });

  it('puts several records one per line even when they would fit', () => {
    expect(printLiteral({ members: [{ name: 'A', shape: 'S' }, { name: 'B', shape: 'S' }] })).toBe(
      "{\n  members: [\n    { name: 'A', shape: 'S' },\n    { name: 'B', shape: 'S' },\n  ],\n}",
    );
    expect(printLiteral([{ a: 1 }, { b: 2 }])).toBe('[{ a: 1 }, { b: 2 }]');
  });

  it('quotes keys that are not identifiers, makes __proto__ computed, and leaves out undefined', () => {
    expect(flatLiteral({ 'x-amz-meta-': 1, __proto__x: 2, u: undefined })).toBe("{ 'x-amz-meta-': 1, __proto__x: 2 }");
    expect(flatLiteral(JSON.parse('{"__proto__": 1}'))).toBe("{ ['__proto__']: 1 }");
  });

  it('prints a value that evaluates back to the same data, whatever its strings hold', () => {
    const value = { s: "it's \"q\" \\ \n \u2028", n: [1, -2.5, null, true], deep: { list: Array.from({ length: 30 }, (_v, i) => `value-${i}`) } };
    const text = printLiteral(value);
    expect(text.split('\n').every((l) => l.length <= LINE_WIDTH)).toBe(true);
    expect(new Function(`return ${text};`)()).toEqual(value);
  });

  it('refuses what is not data', () => {
    expect(() => printLiteral({ f: () => 1 })).toThrow(/cannot print function/);
  });
});
