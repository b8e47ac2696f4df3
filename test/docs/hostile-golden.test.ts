/** Golden files: every page generated from the hostile fixture, compared exactly with the committed files. */
import { describe, expect, it } from 'vitest';
import { emitDocs } from '../../generator/emit/docs/index.js';
import { hostileModel, loadService } from './helpers.js';

describe('hostile documentation strings', () => {
  const files = emitDocs(loadService(hostileModel));

  it.each(files.map((f) => [f.path.replace(/^docs\//, ''), f.contents] as const))('%s matches its golden file', async (name, contents) => {
    await expect(contents).toMatchFileSnapshot(`../fixtures/docs-hostile/expected/${name}`);
  });
});
