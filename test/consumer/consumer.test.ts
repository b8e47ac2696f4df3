/**
 * The consumer project (test/consumer/project) against the committed generated Voice ID package: the
 * package is built as its own `build` script does it (tsc for the declarations, then build.mjs for the
 * bundled JavaScript), installed by a link in node_modules, and
 * the consumer type-checks (strict, with @ts-expect-error lines proving the types reject bad input),
 * compiles and runs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';
import { compilePackage } from '../ts-types/package-harness.js';

function setUp(): string {
  const root = mkdtempSync(join(tmpdir(), 'shapegen-consumer-'));
  const pkg = join(root, 'voiceid');
  for (const part of ['package.json', 'tsconfig.json', 'build.mjs', 'src']) cpSync(join(projectRoot, 'generated', 'voiceid', part), join(pkg, part), { recursive: true });
  // The package builds against the project's typescript, @types/node, esbuild and the packages it bundles, as its devDependencies would give it.
  symlinkSync(join(projectRoot, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  const app = join(root, 'app');
  cpSync(join(projectRoot, 'test', 'consumer', 'project'), app, { recursive: true });
  mkdirSync(join(app, 'node_modules', '@shapegen'), { recursive: true });
  symlinkSync(pkg, join(app, 'node_modules', '@shapegen', 'voiceid'), 'dir');
  symlinkSync(join(projectRoot, 'node_modules', '@types'), join(app, 'node_modules', '@types'), 'dir');
  return root;
}

describe('a consumer project using the generated Voice ID package', () => {
  it('builds the package, type-checks and runs', () => {
    const root = setUp();
    expect(compilePackage(join(root, 'voiceid'), true), 'the package type-checks and writes its declarations').toEqual([]);
    execFileSync(process.execPath, ['build.mjs'], { cwd: join(root, 'voiceid'), stdio: ['ignore', 'ignore', 'inherit'] });
    // One module per entry point (the rest in chunks), the declarations beside them.
    for (const f of ['index.js', 'index.d.ts', 'validators.js', 'validators.d.ts']) expect(existsSync(join(root, 'voiceid', 'dist', f)), f).toBe(true);
    expect(existsSync(join(root, 'voiceid', 'dist', 'types.js')), 'no file-per-module JavaScript').toBe(false);
    expect(compilePackage(join(root, 'app'), true), 'the consumer type-checks').toEqual([]);
    const out = JSON.parse(execFileSync(process.execPath, [join(root, 'app', 'dist', 'main.js')], { encoding: 'utf8' })) as {
      valid: unknown[];
      problems: { path: string; rule: string }[];
      values: string[];
      request: { method: string; path: string; headers: Record<string, string>; body: Record<string, unknown> };
      response: { jobId: string; status: string; createdAt: string };
    };
    expect(out.valid).toEqual([]);
    expect(out.problems.map((p) => `${p.path} ${p.rule}`)).toEqual([
      '/DataAccessRoleArn required',
      '/InputDataConfig required',
      '/OutputDataConfig required',
      '/Extra unknownMember',
      // Length first: a pattern is checked only on a value of an allowed length (hostile input stays bounded).
      '/DomainId minLength',
      '/DomainId pattern',
      '/EnrollmentConfig/FraudDetectionConfig/RiskThreshold maximum',
    ]);
    expect(out.values).toEqual(['SKIP', 'OVERWRITE']);
    expect(out.request.method).toBe('POST');
    expect(out.request.headers['X-Amz-Target']).toBe('VoiceID.StartSpeakerEnrollmentJob');
    expect(out.request.headers['Content-Type']).toBe('application/x-amz-json-1.0');
    expect(out.request.body.DomainId).toBe('UCUv3fTaJ4ybYiqHFAkN6w');
    expect(out.request.body.ClientToken).toMatch(/^[0-9a-f-]{36}$/); // the idempotency token, filled in
    expect(out.response).toEqual({ jobId: 'job-1', status: 'SUBMITTED', createdAt: '2023-11-14T22:13:20.000Z' });
  });
});
