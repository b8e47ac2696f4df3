/**
 * The generated package, every emitter together (types, validators, protocol, runtime), type-checks
 * under `--strict` for the kitchen-sink fixture (modeled error structures as interfaces, unions, documents,
 * maps, compression, host prefix) and for Voice ID (errors known by code alone).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { importAwsModel } from '../../generator/importer/from-aws.js';
import { resolve } from '../../generator/ir/resolve.js';
import type { IRService } from '../../generator/ir/types.js';
import { projectRoot, schemaDir } from '../../generator/paths.js';
import { emitService, loadAndResolve } from '../../generator/pipeline.js';
import { ctx, testSession } from '../support/context.js';

function strictProblems(service: IRService): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-package-'));
  try {
    const roots: string[] = [];
    const c = ctx(service);
    for (const f of emitService(c)) {
      const rel = f.path.slice(c.symbols.serviceDir.length + 1);
      if (!rel.startsWith('src/') || !rel.endsWith('.ts')) continue;
      const out = join(dir, rel);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, f.contents);
      roots.push(out);
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    const program = ts.createProgram(roots, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(projectRoot, 'node_modules', '@types')],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.slice(dir.length + 1)}: ` : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('generated package type-checks strictly', () => {
  it('kitchen-sink fixture', () => {
    const aws = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'protocol-kitchen', 'model.json'), 'utf8'));
    expect(strictProblems(resolve(importAwsModel(aws), 'model.json'))).toEqual([]);
  });

  it('Voice ID', () => {
    const { service } = loadAndResolve(join(schemaDir, 'voiceid.yaml'), testSession);
    expect(strictProblems(service!)).toEqual([]);
  });
});
