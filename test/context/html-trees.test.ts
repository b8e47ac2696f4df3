/**
 * The documentation's HTML is read once per model (`ModelIndex.html`) and the tree is shared by the types,
 * the client and the R pages. Sharing is only safe while no reader changes a tree: with every tree deeply
 * frozen, each emitter must still write exactly what it writes with trees of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitService } from '../../generator/pipeline.js';
import { projectRoot } from '../../generator/paths.js';
import { loadContext } from '../support/context.js';

const VOICEID = join(projectRoot, 'schema', 'voiceid.yaml');
const KITCHEN = join(projectRoot, 'test', 'fixtures', 'ts-kitchen', 'model.yaml');

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('ModelIndex.html', () => {
  it('reads a string once and gives the same tree again', () => {
    const ctx = loadContext(VOICEID);
    const html = ctx.ir.operations[0].documentation;
    expect(html).toContain('<');
    expect(ctx.index.html(html)).toBe(ctx.index.html(html));
    expect(ctx.index.html(html).length).toBeGreaterThan(0);
  });

  it.each([['Voice ID', VOICEID], ['the kitchen-sink fixture', KITCHEN]])('is read by every emitter without a change to a tree (%s)', (_name, model) => {
    const plain = emitService(loadContext(model));
    const frozen = loadContext(model);
    const read = frozen.index.html.bind(frozen.index);
    let reads = 0;
    frozen.index.html = (text: string) => {
      reads++;
      return deepFreeze(read(text));
    };
    expect(emitService(frozen)).toEqual(plain);
    expect(reads).toBeGreaterThan(frozen.ir.operations.length);
  });
});
