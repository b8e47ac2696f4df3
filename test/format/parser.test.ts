/**
 * The format stage uses prettier's babel-ts parser because it is faster; this guards the claim that it
 * prints exactly what the typescript parser would, on real generated code.
 */
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitService } from '../../generator/pipeline.js';
import { loadContext } from '../support/context.js';
import { PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { requireShared } from '../support/shared.js';

const models = () => [
  'schema/voiceid.yaml',
  requireShared('models', 'aws-sdk-js-2.1386.0', 'dynamodb-2012-08-10.normal.json'),
  requireShared('models', 'aws-sdk-js-2.1386.0', 'apigatewayv2-2018-11-29.normal.json'),
];

describe('format stage', () => {
  it('prints the same with babel-ts as with the typescript parser', async () => {
    expect(PRETTIER_OPTIONS.parser).toBe('babel-ts');
    let compared = 0;
    for (const model of models()) {
      for (const file of emitService(loadContext(model)).filter((f) => f.path.endsWith('.ts') && !f.preformatted)) {
        const babel = await format(file.contents, PRETTIER_OPTIONS);
        const typescript = await format(file.contents, { ...PRETTIER_OPTIONS, parser: 'typescript' });
        expect(babel, file.path).toBe(typescript);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  }, 300_000);
});
