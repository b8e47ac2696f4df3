/** A model's service folder from the head of its file, before it is loaded: the same name the symbol table gives. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorSession } from '../../generator/context/session.js';
import { serviceFolder } from '../../generator/names/names.js';
import { contextOf, loadAndResolve } from '../../generator/pipeline.js';
import { peekServiceFolder } from '../../generator/scale/peek.js';
import { awsModelFiles, requireShared } from '../support/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'shapegen-peek-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meta = '{"serviceAbbreviation":"Amazon RDS","serviceFullName":"Amazon Relational Database Service"}';
const pad = (n: number) => `"padding":"${'x'.repeat(n)}"`;

describe('peekServiceFolder', () => {
  it.each([
    { name: 'metadata first', text: `{"metadata":{"serviceFullName":"AWS Example Service"}}`, folder: 'exampleservice' },
    { name: 'after the version, abbreviated', text: `{\n  "version": "2.0",\n  "metadata": ${meta},\n  "operations": {}}`, folder: 'rds' },
    { name: 'a published alias', text: `{"metadata":{"serviceFullName":"Elastic Load Balancing"}}`, folder: 'elb' },
    { name: 'after values with quotes and brackets', text: `{"a":"}\\"{","b":[1,{"c":"]"}],"d":true,"metadata":${meta}}`, folder: 'rds' },
    { name: 'nested metadata is not the top level', text: `{"x":{"metadata":{"serviceFullName":"Nested"}},"metadata":${meta}}`, folder: 'rds' },
    { name: 'beyond the first look (4 KB)', text: `{${pad(10_000)},"metadata":${meta}}`, folder: 'rds' },
    { name: 'beyond 64 KB: not peeked', text: `{${pad(70_000)},"metadata":${meta}}`, folder: undefined },
    { name: 'cut short', text: `{"metadata":{"serviceFullName":"Amazon Relational`, folder: undefined },
    { name: 'no metadata', text: `{"operations":{},"shapes":{}}`, folder: undefined },
    { name: 'not an object', text: `["metadata"]`, folder: undefined },
    { name: 'no service name', text: `{"metadata":{"serviceAbbreviation":"RDS"}}`, folder: undefined },
    { name: 'a name that is not a string', text: `{"metadata":{"serviceFullName":7}}`, folder: undefined },
    { name: 'metadata that is not JSON', text: `{"metadata":{"serviceFullName":'RDS'}}`, folder: undefined },
  ])('$name', ({ text, folder }) => {
    const file = join(dir, 'model.normal.json');
    writeFileSync(file, text);
    expect(peekServiceFolder(file)).toBe(folder);
  });

  it('peeks no YAML model and no missing file', () => {
    const yaml = join(dir, 'model.yaml');
    writeFileSync(yaml, `{"metadata":${meta}}`);
    expect(peekServiceFolder(yaml)).toBeUndefined();
    expect(peekServiceFolder(join(dir, 'absent.normal.json'))).toBeUndefined();
  });

  it('gives every catalog model the folder of its whole metadata', () => {
    const files = awsModelFiles();
    expect(files).toHaveLength(361);
    const wrong = files.filter((f) => peekServiceFolder(f) !== serviceFolder(JSON.parse(readFileSync(f, 'utf8')).metadata));
    expect(wrong).toEqual([]);
  });

  it('gives the folder the symbol table gives', () => {
    const session = new GeneratorSession();
    for (const name of ['rds-2013-01-10', 'elasticloadbalancing-2012-06-01', 'dynamodb-2011-12-05']) {
      const file = requireShared('models', 'aws-sdk-js-2.1386.0', `${name}.normal.json`);
      expect(peekServiceFolder(file)).toBe(contextOf(loadAndResolve(file, session).service!, session).symbols.serviceDir);
    }
  });
});
