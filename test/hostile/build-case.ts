/**
 * Builds the model files of a hostile-corpus case (test/fixtures/hostile/cases.json) in a folder: the base
 * model with `set` patches, or a named recipe (the big and deep cases are made here, not committed).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { exportAwsModel } from '../../generator/importer/from-aws.js';
import type { Model } from '../../generator/model/types.js';

export interface HostileCase {
  readonly name: string;
  readonly kind: string;
  readonly format?: 'yaml' | 'json';
  readonly set?: Record<string, unknown>;
  readonly build?: { recipe: string } & Record<string, unknown>;
  readonly verdict: 'valid' | 'invalid';
  readonly codes: readonly string[];
  readonly knownFailure?: string;
  readonly redos?: boolean;
}

const http = { method: 'POST', requestUri: '/' };

export function baseModel(): Model {
  return {
    shapegen: 1,
    metadata: { apiVersion: '2024-01-01', protocol: 'json', jsonVersion: '1.1', serviceFullName: 'Amazon Hostile Example', targetPrefix: 'Hostile' },
    operations: { PutThing: { http, input: 'PutThingRequest', output: 'PutThingResponse', documentation: '<p>Puts a thing.</p>' } },
    shapes: {
      PutThingRequest: { type: 'structure', members: { Name: { shape: 'Text', documentation: '<p>The name.</p>' } } },
      PutThingResponse: { type: 'structure', members: { Id: { shape: 'Text' } } },
      Text: { type: 'string' },
    },
  } as unknown as Model;
}

function setAt(target: Record<string, unknown>, ptr: string, value: unknown): void {
  const parts = ptr.slice(1).split('/');
  let node = target;
  for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
  Object.defineProperty(node, parts[parts.length - 1], { value, enumerable: true, writable: true, configurable: true });
}

const toYaml = (m: unknown) => stringify(m, { lineWidth: 0, aliasDuplicateObjects: false });
const toJson = (m: Model) => JSON.stringify(exportAwsModel(m).model, null, 1);

function nestedObject(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** The text of the model file (before any byte-level recipe), for the case's format. */
function modelText(c: HostileCase, json: boolean): string {
  const m = baseModel() as unknown as Record<string, unknown>;
  for (const [ptr, v] of Object.entries(c.set ?? {})) setAt(m, ptr, v);
  const b = c.build ?? { recipe: 'none' };
  const shapes = m.shapes as Record<string, unknown>;
  const ops = m.operations as Record<string, Record<string, unknown>>;
  const meta = m.metadata as Record<string, unknown>;
  const depth = Number(b.depth ?? 0);
  switch (b.recipe) {
    case 'text':
      return String(b.text);
    case 'yamlBlockSequences':
      return toYaml(m).replace('metadata:\n', `metadata:\n  protocolSettings:\n    x: ${'- '.repeat(depth)}deep\n`);
    case 'yamlBlockMappings':
      return toYaml(m).replace('metadata:\n', `metadata:\n  protocolSettings:\n${Array.from({ length: depth }, (_, i) => ' '.repeat(4 + i) + `k${i}:`).join('\n')} deep\n`);
    case 'yamlFlow':
      return toYaml(m).replace('metadata:\n', `metadata:\n  protocolSettings: {x: ${'['.repeat(depth)}${']'.repeat(depth)}}\n`);
    case 'yamlAliasDepth':
      return toYaml(m).replace('metadata:\n', `metadata:\n  protocolSettings:\n    a: &deep ${'['.repeat(depth)}${']'.repeat(depth)}\n    b: ${'['.repeat(depth)}*deep${']'.repeat(depth)}\n`);
    case 'jsonDeep': // written as text: JSON.stringify itself recurses
      meta.protocolSettings = 'DEEP';
      return toJson(m as unknown as Model).replace('"DEEP"', '{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
    case 'nestedSetting':
      meta.protocolSettings = nestedObject(depth);
      break;
    case 'shapeChain': {
      const n = Number(b.length);
      (shapes.PutThingRequest as { members: Record<string, unknown> }).members.Next = { shape: 'S0' };
      for (let i = 0; i < n; i++) shapes[`S${i}`] = { type: 'structure', members: { Next: { shape: i < n - 1 ? `S${i + 1}` : 'Text' } } };
      break;
    }
    case 'fanOut': {
      const n = Number(b.levels);
      (shapes.PutThingRequest as { members: Record<string, unknown> }).members.Tree = { shape: 'L0' };
      for (let i = 0; i < n; i++) shapes[`L${i}`] = { type: 'structure', members: { A: { shape: i < n - 1 ? `L${i + 1}` : 'Text' }, B: { shape: i < n - 1 ? `L${i + 1}` : 'Text' } } };
      break;
    }
    case 'htmlDepth':
      ops.PutThing.documentation = '<p>' + '<b>'.repeat(depth) + 'deep' + '</b>'.repeat(depth) + '</p>';
      break;
    case 'bigDoc':
      ops.PutThing.documentation = '<p>' + 'word '.repeat(Number(b.words)) + '</p>';
      break;
    case 'longOperations':
      for (const op of ['DescribeApplicationComponentConfigurationRecommendation', 'DescribeApplicationComponentConfigurationRecommendations']) ops[op] = { http, input: 'PutThingRequest' };
      break;
    case 'protoNames':
      m.operations = {};
      setAt(m, '/operations/__proto__', { http, input: '__proto__', output: 'toString', errors: ['constructor'] });
      setAt(m, '/operations/constructor', { http, input: 'toString' });
      setAt(m, '/operations/toString', { http });
      m.shapes = {};
      setAt(m, '/shapes/__proto__', { type: 'structure', members: { __proto__: { shape: 'S', required: true }, constructor: { shape: 'S' }, hasOwnProperty: { shape: 'S' } } });
      setAt(m, '/shapes/__proto__/members/__proto__', { shape: 'S', required: true });
      setAt(m, '/shapes/toString', { type: 'structure', members: { toString: { shape: 'S' }, valueOf: { shape: 'toString' } } });
      setAt(m, '/shapes/constructor', { type: 'structure', exception: true, members: { message: { shape: 'S' } } });
      setAt(m, '/shapes/S', { type: 'string' });
      break;
    case 'padded':
      return (json ? toJson(m as unknown as Model) : toYaml(m)) + (json ? ' ' : '#').repeat(Number(b.mib) * 1024 * 1024) + '\n';
    default:
      break;
  }
  return json ? toJson(m as unknown as Model) : toYaml(m);
}

/** Writes the case into `dir`; returns the model file's path. */
export function buildCase(c: HostileCase, dir: string): string {
  const json = c.format === 'json';
  const file = join(dir, json ? `${c.name}.normal.json` : `${c.name}.yaml`);
  let bytes = Buffer.from(modelText(c, json), 'utf8');
  const b = c.build;
  if (b?.recipe === 'bytes') {
    const at = bytes.indexOf(String(b.replace));
    const insert = Array.isArray(b.with) ? Buffer.from(b.with as number[]) : Buffer.from(String(b.text), 'utf8');
    bytes = Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at + Buffer.byteLength(String(b.replace)))]);
  }
  writeFileSync(file, bytes);
  if (b?.recipe === 'sidecar') {
    const n = Number(b.examplesDepth ?? 0);
    const deep = '{"version":"1.0","examples":{"PutThing":[{"input":' + '{"a":'.repeat(n) + '1' + '}'.repeat(n) + '}]}}';
    writeFileSync(file.replace(/\.normal\.json$/, '.examples.json'), b.examples !== undefined ? String(b.examples) : deep);
  }
  return file;
}
