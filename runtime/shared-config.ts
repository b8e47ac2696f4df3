/**
 * The shared AWS `credentials` and `config` files (`~/.aws/credentials`, `~/.aws/config`, or the files that
 * AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE name), parsed with the `ini` library. In `config` a
 * profile's section is `[profile NAME]` (`[default]` for the default one); in `credentials` it is `[NAME]`.
 * Node's fs and os are taken from the running Node, so the module loads where there is none (no files then).
 */
import { parse } from 'ini';
import type { Env } from './env.js';

export type { Env } from './env.js';
export type Profile = Readonly<Record<string, string>>;

export interface SharedFiles {
  readonly credentialsPath?: string;
  readonly configPath?: string;
  /** The profile's settings, the `credentials` file's winning over the `config` file's. */
  readonly profile: Profile;
  /** Which of the files exist and hold the profile, for error messages. */
  readonly searched: readonly string[];
}

interface NodeFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
}
interface NodeOs {
  homedir(): string;
}
type WithProcess = { process?: { getBuiltinModule?: (id: string) => unknown } };
const node = (globalThis as WithProcess).process;

function home(env: Env): string | undefined {
  const os = node?.getBuiltinModule?.('node:os') as NodeOs | undefined;
  return env.HOME ?? env.USERPROFILE ?? os?.homedir();
}

/** Where the two files are looked for. */
export function sharedFilePaths(env: Env): { credentials?: string; config?: string } {
  const dir = home(env);
  return {
    credentials: env.AWS_SHARED_CREDENTIALS_FILE ?? (dir ? `${dir}/.aws/credentials` : undefined),
    config: env.AWS_CONFIG_FILE ?? (dir ? `${dir}/.aws/config` : undefined),
  };
}

async function readText(path: string | undefined): Promise<string | undefined> {
  const fs = node?.getBuiltinModule?.('node:fs/promises') as NodeFs | undefined;
  if (!path || !fs) return undefined;
  try {
    return await fs.readFile(path, 'utf8');
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Every section of an INI text by its full name. `ini` reads `[profile a.b]` as a nested section `b` of
 * `profile a`; a section's object-valued entry is such a nested section, and is put back under its name
 * (the order of the sections is not kept).
 */
export function iniSections(text: string): Map<string, Profile> {
  const out = new Map<string, Profile>();
  const walk = (name: string, section: Record<string, unknown>) => {
    const values: Record<string, string> = Object.create(null);
    let nested = false;
    for (const [key, value] of Object.entries(section)) {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        nested = true;
        walk(`${name}.${key}`, value as Record<string, unknown>);
      } else values[key] = String(value);
    }
    // `[profile a.b]` alone makes ini invent an empty `profile a`: that one is not a section of the file.
    if (!nested || Object.keys(values).length > 0) out.set(name, values);
  };
  const parsed = parse(text) as Record<string, unknown>;
  for (const [name, section] of Object.entries(parsed)) {
    if (section !== null && typeof section === 'object') walk(name, section as Record<string, unknown>);
  }
  return out;
}

/** A profile from the two files; `profile` empty when neither file has it. */
export async function loadSharedProfile(env: Env, profile: string): Promise<SharedFiles> {
  const paths = sharedFilePaths(env);
  const [credentialsText, configText] = await Promise.all([readText(paths.credentials), readText(paths.config)]);
  const searched: string[] = [];
  const configSections = configText === undefined ? undefined : iniSections(configText);
  const fromConfig =
    profile === 'default' ? configSections?.get('default') ?? configSections?.get('profile default') : configSections?.get(`profile ${profile}`);
  const fromCredentials = credentialsText === undefined ? undefined : iniSections(credentialsText).get(profile);
  searched.push(describe(paths.credentials, credentialsText, fromCredentials, `[${profile}]`));
  searched.push(describe(paths.config, configText, fromConfig, profile === 'default' ? '[default]' : `[profile ${profile}]`));
  return {
    credentialsPath: paths.credentials,
    configPath: paths.config,
    profile: { ...fromConfig, ...fromCredentials },
    searched,
  };
}

function describe(path: string | undefined, text: string | undefined, found: Profile | undefined, section: string): string {
  if (!path) return 'no home directory for the shared files';
  if (text === undefined) return `${path} (no such file)`;
  return found ? `${path} (section ${section} found)` : `${path} (no section ${section})`;
}
