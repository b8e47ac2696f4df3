/**
 * R without an R installation: webR (R compiled to WebAssembly, shipped whole in its npm package, run
 * offline). One session is one R process; the host's file system is mounted at `/host`, so R reads the
 * pages where the caller wrote them. Two R versions are installed as devDependencies (see RVersion).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * - `4.3`: R 4.3.0 (webr 0.2.2), the R of the published reference's HTML; the gate (no problem allowed).
 * - `4.6`: R 4.6.0 (webr 0.6.0, npm alias `webr-r4.6`), the current R that CRAN checks with.
 */
export type RVersion = '4.3' | '4.6';
export const R_VERSIONS: readonly RVersion[] = ['4.3', '4.6'];

const PACKAGES: Record<RVersion, string> = { '4.3': 'webr', '4.6': 'webr-r4.6' };

/** What runs R programs: an in-process webR session, or the test run's shared one (test/support/r.ts). */
export interface RRunner {
  /** e.g. `R version 4.3.0 (2023-04-21), webR 0.2.2`. */
  readonly description: string;
  /** Evaluates an R program whose value is one character string; an R error rejects with R's message. */
  run(program: string): Promise<string>;
}

export interface RSession extends RRunner {
  close(): void;
}

interface WebRInstance {
  init(): Promise<unknown>;
  evalRString(code: string): Promise<string>;
  close(): void;
  FS: { mkdir(path: string): Promise<unknown>; mount(type: 'NODEFS', options: { root: string }, mountpoint: string): Promise<void> };
}

/** Host path -> the same file inside webR. */
export function inR(hostPath: string): string {
  return '/host' + hostPath;
}

/** An R string literal. */
export function rString(s: string): string {
  return JSON.stringify(s);
}

/** Wraps a program so that its value is always one string: `OK\n<value>` or `ERROR\n<message>`. */
function guarded(program: string): string {
  return `local({ .r <- tryCatch({\n${program}\n}, error = function(e) structure(conditionMessage(e), class = "webr_failure"))
if (inherits(.r, "webr_failure")) paste0("ERROR\\n", .r) else paste0("OK\\n", paste(as.character(.r), collapse = "\\n")) })`;
}

/** Starts R `version` under webR, or throws saying what is missing. */
export async function startR(version: RVersion): Promise<RSession> {
  const pkg = PACKAGES[version];
  const require = createRequire(import.meta.url);
  let entry: string;
  let pkgVersion: string;
  try {
    entry = require.resolve(pkg);
    pkgVersion = (require(join(dirname(entry), '..', 'package.json')) as { version: string }).version;
  } catch {
    throw new Error(`R ${version} runs under webR from the npm package "${pkg}", which is not installed: run \`npm ci\`.`);
  }
  const { WebR } = (await import(pkg)) as { WebR: new (options: { interactive: boolean }) => WebRInstance };
  const webR = new WebR({ interactive: false });
  try {
    await webR.init();
    await webR.FS.mkdir('/host');
    await webR.FS.mount('NODEFS', { root: '/' }, '/host');
  } catch (e) {
    webR.close();
    throw new Error(`R ${version} (webR ${pkgVersion}) did not start: ${(e as Error).message}`);
  }
  const run = async (program: string): Promise<string> => {
    const out = await webR.evalRString(guarded(program));
    if (out.startsWith('ERROR\n')) throw new Error(`R ${version}: ${out.slice(6)}`);
    return out.slice(3);
  };
  const rVersion = await run('R.version.string');
  if (!rVersion.startsWith(`R version ${version}.`)) {
    webR.close();
    throw new Error(`"${pkg}" should be R ${version} but is ${rVersion}`);
  }
  return { description: `${rVersion}, webR ${pkgVersion}`, run, close: () => webR.close() };
}
