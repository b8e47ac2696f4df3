/**
 * The process environment and the profile name, apart from the shared-file reader (shared-config.ts): a
 * client whose credentials and region come from options or the environment never loads that reader nor
 * its INI parser.
 */
export type Env = Readonly<Record<string, string | undefined>>;

type WithProcess = { process?: { env?: Env } };

/** The process environment, or an empty one where there is no `process`. */
export function processEnv(): Env {
  return (globalThis as WithProcess).process?.env ?? {};
}

/** The profile name: the one asked for, else AWS_PROFILE, else `default`. */
export function profileName(env: Env, wanted?: string): string {
  return wanted ?? env.AWS_PROFILE ?? 'default';
}
