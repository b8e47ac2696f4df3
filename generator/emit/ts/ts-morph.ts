/**
 * ts-morph, and the TypeScript compiler it bundles, loaded with `require`. An ESM `import` of these
 * CommonJS packages first makes Node scan their sources for module syntax and named exports (its
 * typescript.js is 9 MB): 1.2 s against 0.6 s per process here. The runtime copies' import scan uses the
 * same compiler (`ts`), so a worker loads one TypeScript, not two.
 */
import { createRequire } from 'node:module';

const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');

export const { printStructure, StructureKind, ts } = tsMorph;
