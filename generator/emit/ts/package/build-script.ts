/**
 * The package's JavaScript build, `build.mjs` (run by `npm run build` after tsc has checked the types and
 * written the declarations): esbuild bundles each entry point with what it imports, its npm dependencies
 * included, and splits what entry points and lazily loaded check modules share into chunks. Node then
 * reads a handful of files at startup instead of one per module, and no CommonJS package goes through
 * Node's ESM loader. A DynamoDB GetItem cold start took 132 ms beyond an empty process with tsc's
 * file per module, 86-92 ms bundled with the npm packages left out, 69-85 ms with them (bench/client.ts
 * measures the build as it is).
 */
import type { CodegenContext } from '../../../context/context.js';
import { PACKAGE_ENTRIES } from '../../../context/symbols.js';
import { slashHeader } from '../../../context/header.js';
import { printLiteral, RawCode } from '../../../context/ts-literal.js';

/** The esbuild the build script runs, pinned as this project pins it (a test holds the two together). */
export const ESBUILD_VERSION = '0.28.2';

/**
 * Bundled CommonJS code (aws4, ini) calls `require` for Node's modules; an ES module has none, so each
 * output file makes one. The alias keeps it clear of any name in the bundled code.
 */
const REQUIRE_BANNER = 'import { createRequire as shapegenCreateRequire } from "node:module"; const require = shapegenCreateRequire(import.meta.url);';

export function buildScript(ctx: CodegenContext): string {
  const options = {
    absWorkingDir: new RawCode("fileURLToPath(new URL('.', import.meta.url))"),
    // The index, then PACKAGE_ENTRIES' (relative to the package folder).
    entryPoints: [ctx.symbols.files.index, ...Object.values(PACKAGE_ENTRIES).map((e) => e.file)],
    outdir: 'dist',
    outbase: 'src',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: REQUIRE_BANNER },
    logLevel: 'warning',
  };
  return [
    slashHeader(ctx.ir.source).trimEnd(),
    '// Bundles the JavaScript into dist/ (tsc writes the declarations first: see package.json).',
    "import { build } from 'esbuild';",
    "import { fileURLToPath } from 'node:url';",
    '',
    `await build(${printLiteral(options, '', 'await build('.length, 2)});`,
    '',
  ].join('\n');
}
