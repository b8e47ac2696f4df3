/**
 * Every AWS JSON (`json` protocol) model of the catalog: the protocol emitter handles it, the emitted
 * code transpiles and imports with its runtime, and every operation serializes an empty input
 * and parses an empty response. (The catalog's strict type check runs in `npm run conformance`.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGenerated } from '../../bench/serialize.js';
import { protocolEmitter } from '../../generator/emit/ts/protocol/index.js';
import { runtimeFilesEmitter } from '../../generator/emit/ts/runtime-files/index.js';
import { membersOf } from '../../generator/ir/facts.js';
import { loadContext } from '../support/context.js';
import { awsModelFiles } from '../support/shared.js';

const jsonModels = awsModelFiles().filter((f) => JSON.parse(readFileSync(f, 'utf8')).metadata.protocol === 'json');

describe('protocol emitter on the AWS catalog', () => {
  it('finds the 130 AWS JSON models', () => expect(jsonModels.length).toBe(130));

  it('emits valid, working protocol code for every one', async () => {
    const failures: string[] = [];
    let operations = 0;
    for (const file of jsonModels) {
      try {
        const c = loadContext(file);
        const service = c.ir;
        const files = [...protocolEmitter.emit(c), ...runtimeFilesEmitter.emit(c)];
        const mod = await importGenerated(files);
        for (const op of service.operations) {
          const hostLabels = op.input
            ? membersOf(service.shape(op.input.target)).some((m) => m.traits.hostLabel === true)
            : false;
          if (!hostLabels) JSON.parse(mod[c.symbols.serializer(op.name).name]({}).body);
          mod[c.symbols.deserializer(op.name).name]({ statusCode: 200, headers: {}, body: '{}' });
          operations++;
        }
      } catch (e) {
        failures.push(`${file}: ${(e as Error).message}`);
      }
    }
    console.log(
      `AWS JSON catalog: ${jsonModels.length - failures.length}/${jsonModels.length} models, ${operations} operations`,
    );
    expect(failures).toEqual([]);
  }, 600_000);
});
