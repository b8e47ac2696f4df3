/**
 * The protocol emitter on its own: a golden file for a model that uses every feature, determinism,
 * the non-JSON protocols, and the runtime-files emitter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGenerated } from '../../bench/serialize.js';
import { PROTOCOL_GENERATORS, protocolEmitter } from '../../generator/emit/ts/protocol/index.js';
import { runtimeClosure, runtimeFilesEmitter, runtimeModules } from '../../generator/emit/ts/runtime-files/index.js';
import { formatFiles } from '../../generator/format/format.js';
import { slashHeader } from '../../generator/context/header.js';
import { importAwsModel } from '../../generator/importer/from-aws.js';
import { resolve } from '../../generator/ir/resolve.js';
import { validateModel } from '../../generator/load/load-model.js';
import { projectRoot, runtimeDir, schemaDir } from '../../generator/paths.js';
import { loadAndResolve } from '../../generator/pipeline.js';
import { hasErrors, NO_POSITION } from '../../generator/validate/errors.js';
import { ctx, testSession } from '../support/context.js';

const fixture = join(__dirname, '..', 'fixtures', 'protocol-kitchen');
const aws = JSON.parse(readFileSync(join(fixture, 'model.json'), 'utf8'));

function service(model: Record<string, unknown> = aws) {
  const imported = importAwsModel(model);
  expect(hasErrors(validateModel('model.json', imported, NO_POSITION, testSession))).toBe(false);
  return resolve(imported, 'model.json');
}

describe('protocol emitter', () => {
  it('emits the golden protocol.ts for the kitchen-sink model', async () => {
    const [file] = await formatFiles(protocolEmitter.emit(ctx(service())));
    expect(file.path).toBe('src/protocol.ts');
    await expect(file.contents).toMatchFileSnapshot(join(fixture, 'protocol.ts.snap'));
  });

  it('is deterministic', () => {
    expect(protocolEmitter.emit(ctx(service()))).toEqual(protocolEmitter.emit(ctx(service())));
  });

  it('names error classes apart from the type names, including a shape called ServiceError', () => {
    const text = protocolEmitter.emit(ctx(service()))[0].contents;
    for (const cls of ['ThingNotFoundError', 'ThrottledError', 'ServiceErrorError']) {
      expect(text).toContain(`export class ${cls} extends ServiceError`);
    }
    // Throttled has no structure in the model: it is known by its code alone.
    expect(text).toMatch(
      /class ThrottledError extends ServiceError \{\n\s+declare readonly data: Record<string, never>;/,
    );
  });

  it('emits working code: modeled error code alias, host prefix, compression, union and document', async () => {
    const svc = service();
    const mod = await importGenerated([...protocolEmitter.emit(ctx(svc)), ...runtimeFilesEmitter.emit(ctx(svc))]);
    const request = mod.serializePutThingRequest({
      Region: 'eu-west-1',
      Name: 'n',
      Token: 't',
      When: new Date(0),
      Choice: { Flag: true },
      Extra: { any: ['json'] },
    });
    expect(request.hostPrefix).toBe('eu-west-1.data.');
    expect(JSON.parse(request.body)).toEqual({
      Region: 'eu-west-1',
      name: 'n',
      Token: 't',
      When: '1970-01-01T00:00:00Z',
      Choice: { Flag: true },
      Extra: { any: ['json'] },
    });
    expect(mod.serializePingRequest().body).toBe('{}');
    const body = '{"__type":"NoSuchThing","Message":"no","ThingName":"x"}';
    let thrown: any;
    try {
      mod.deserializePutThingResponse({ statusCode: 404, headers: {}, body });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(mod.ThingNotFoundError);
    expect(thrown.data).toEqual({ Message: 'no', ThingName: 'x' });
    const out = mod.deserializePutThingResponse({
      statusCode: 200,
      headers: {},
      body: '{"Seen":"Sun, 02 Jan 2000 20:34:56 GMT","Thing":{"Parts":[{"Name":"p","Count":2}]}}',
    });
    expect(out).toEqual({ Seen: new Date(946845296000), Thing: { Parts: [{ Name: 'p', Count: 2 }] } });
  });

  it('has a generator for every protocol the model format allows', () => {
    const schema = JSON.parse(readFileSync(join(projectRoot, 'schema', 'model.schema.json'), 'utf8'));
    const protocols: string[] = schema.properties.metadata.properties.protocol.enum;
    expect(Object.keys(PROTOCOL_GENERATORS).sort()).toEqual([...protocols].sort());
    for (const protocol of protocols) {
      const [file] = protocolEmitter.emit(ctx(service({ ...aws, metadata: { ...aws.metadata, protocol } })));
      expect(file.contents, protocol).toContain('export function serializePutThingRequest');
    }
  });
});

describe('runtime-files emitter', () => {
  it('copies the protocol module and what it imports, byte for byte under a do-not-edit header', () => {
    const context = ctx(service());
    const files = runtimeFilesEmitter.emit(context);
    const read = (file: string) => readFileSync(join(runtimeDir, file), 'utf8');
    // The protocol's module, the validators', and the client's (its interpreter, paginators, re-exported modules).
    const reexported = context.symbols.client.runtimeExports.map((r) => r.file.slice('src/runtime/'.length));
    const entries = ['aws-json.ts', 'validation.ts', 'client.ts', 'paginate.ts', ...reexported];
    expect(files.map((f) => f.path)).toEqual(runtimeClosure([...new Set(entries)], read).map((m) => `src/runtime/${m}`));
    expect(files.map((f) => f.path)).not.toContain('src/runtime/xml-parse.ts'); // a JSON service carries no XML code
    for (const f of files) {
      const source = read(f.path.slice('src/runtime/'.length));
      expect(f.contents).toBe(slashHeader(`runtime/${f.path.slice('src/runtime/'.length)}`) + source);
      expect(f.contents.startsWith(`// Generated by shapegen from runtime/`)).toBe(true);
    }
    const xml = runtimeFilesEmitter.emit(ctx(service({ ...aws, metadata: { ...aws.metadata, protocol: 'rest-xml' } })));
    expect(xml.map((f) => f.path)).toContain('src/runtime/xml-parse.ts');
    // Every module the closure names exists, and nothing outside runtime/ is imported.
    for (const f of xml) expect(runtimeModules()).toContain(f.path.slice('src/runtime/'.length));
  });
});

describe('committed Voice ID package', () => {
  it('has the protocol.ts and runtime copies the generator makes now', async () => {
    const { service: voiceid } = loadAndResolve(join(schemaDir, 'voiceid.yaml'), testSession);
    const files = await formatFiles([...protocolEmitter.emit(ctx(voiceid!)), ...runtimeFilesEmitter.emit(ctx(voiceid!))]);
    for (const f of files) {
      if (/runtime\/validation/.test(f.path)) continue; // the validators' runtime, committed with them
      const committed = readFileSync(join(projectRoot, 'generated', 'voiceid', f.path), 'utf8');
      expect(committed, `generated/voiceid/${f.path} is stale: run npm run generate`).toBe(f.contents);
    }
  });
});
