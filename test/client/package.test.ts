/**
 * The generated package's client side as a user meets it: the runtime's npm imports are exactly the
 * packages the generated package.json declares for its build to bundle, pinned as this project pins them; and the DynamoDB
 * client type-checks under strict with the README's three lines, while wrong inputs and outputs do not
 * (each `@ts-expect-error` must be needed, or tsc reports it).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RE2JS_VERSION, RUNTIME_DEPENDENCIES, RUNTIME_TYPE_DEPENDENCIES } from '../../generator/emit/ts/package/emitter.js';
import { XML_DEPENDENCIES } from '../../generator/emit/ts/protocol/xml-dependencies.js';
import { ESBUILD_VERSION } from '../../generator/emit/ts/package/build-script.js';
import { awsModelsDir, projectRoot, runtimeDir } from '../../generator/paths.js';
import { emitters } from '../../generator/emit/index.js';
import { compilePackage, generateToTemp } from '../ts-types/package-harness.js';
import { requireShared } from '../support/shared.js';

function bareImports(): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(runtimeDir).filter((x) => x.endsWith('.ts'))) {
    for (const i of ts.preProcessFile(readFileSync(join(runtimeDir, f), 'utf8')).importedFiles) {
      // A subpath import (`entities/escape`) needs its package.
      if (!i.fileName.startsWith('.') && !i.fileName.startsWith('node:')) out.add(i.fileName.split('/')[0]);
    }
  }
  return out;
}

describe('the runtime dependencies', () => {
  it('are what the runtime imports, pinned as the project pins them', () => {
    // The client's, the XML protocols' and the linear pattern engine's: every import is declared by one of them.
    const declared = { ...RUNTIME_DEPENDENCIES, ...XML_DEPENDENCIES, re2js: RE2JS_VERSION };
    expect([...bareImports()].sort()).toEqual(Object.keys(declared).sort());
    const project = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Record<'dependencies' | 'devDependencies', Record<string, string>>;
    const pins = { ...project.dependencies, ...project.devDependencies };
    for (const [name, version] of Object.entries({ ...declared, ...RUNTIME_TYPE_DEPENDENCIES })) expect(pins[name], name).toBe(version);
    expect(pins.esbuild, 'the build script\'s esbuild').toBe(ESBUILD_VERSION);
    // The build bundles them into dist/: they are needed to build the package, not to run it.
    const generated = JSON.parse(readFileSync(join(projectRoot, 'generated', 'voiceid', 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(generated.dependencies).toBeUndefined();
    expect(generated.devDependencies).toMatchObject({ ...RUNTIME_DEPENDENCIES, ...RUNTIME_TYPE_DEPENDENCIES, esbuild: ESBUILD_VERSION });
  });
});

const CONSUMER = `
import { DynamoDB, DynamoDBClient, getItem, paginateQueryItems, ResourceNotFoundExceptionError, type AttributeValue } from './index.js';

export async function use(): Promise<void> {
  const db = new DynamoDB({ region: 'eu-west-1' });
  const { Item } = await db.getItem({ TableName: 't', Key: { pk: { S: 'a' } } });
  const value: AttributeValue | undefined = Item?.pk;
  void value;
  await getItem(new DynamoDBClient({ region: 'eu-west-1' }), { TableName: 't', Key: {} }, { timeoutMs: 500, signal: AbortSignal.timeout(1000) });
  for await (const item of paginateQueryItems(db, { TableName: 't' })) {
    const s: string | undefined = item.pk?.S;
    void s;
  }
  await db.listTables();
  try {
    await db.deleteTable({ TableName: 't' });
  } catch (e) {
    if (e instanceof ResourceNotFoundExceptionError) console.log(e.statusCode, e.requestId, e.response?.headers);
  }
  // @ts-expect-error TableName is required
  await db.getItem({ Key: {} });
  // @ts-expect-error a key is an AttributeValue, not a string
  await db.getItem({ TableName: 't', Key: { pk: 'a' } });
  // @ts-expect-error the output has no such member
  (await db.getItem({ TableName: 't', Key: {} })).Items;
  // @ts-expect-error an unknown client option
  new DynamoDB({ regoin: 'eu-west-1' });
}
`;

describe('the DynamoDB client types', () => {
  it('type-check under strict: the README use passes, wrong inputs and outputs do not', async () => {
    requireShared('models', 'aws-sdk-js-2.1386.0');
    const { root } = await generateToTemp([join(awsModelsDir, 'dynamodb-2012-08-10.normal.json')], emitters.filter((e) => e.name !== 'docs'));
    writeFileSync(join(root, 'dynamodb', 'src', 'consumer.ts'), CONSUMER);
    expect(compilePackage(join(root, 'dynamodb'))).toEqual([]);
  });
});
