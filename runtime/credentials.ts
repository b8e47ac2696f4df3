/**
 * Where a client's credentials come from: given (an object or a provider function), else the default
 * chain: the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), then the profile
 * (AWS_PROFILE or `default`) of the shared credentials and config files. None found is a
 * {@link CredentialsError} that lists every place looked at.
 */
import type { Credentials } from './signing.js';
import { processEnv, profileName, type Env } from './env.js';

export type { Credentials } from './signing.js';

/** Anything that yields credentials: called when the client needs them, again when they expire. */
export type CredentialProvider = () => Credentials | Promise<Credentials>;

export class CredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialsError';
  }
}

/** Refreshed this long before they expire, so a request never goes out with credentials about to lapse. */
export const EXPIRY_MARGIN_MS = 5 * 60_000;

function complete(c: Partial<Credentials> | undefined): c is Credentials {
  return !!c && typeof c.accessKeyId === 'string' && c.accessKeyId !== '' && typeof c.secretAccessKey === 'string' && c.secretAccessKey !== '';
}

/** Credentials from the environment, or undefined when the two keys are not both set. */
export function fromEnv(env: Env = processEnv()): Credentials | undefined {
  const c = { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN || undefined };
  return complete(c) ? c : undefined;
}

/** What a profile may hold instead of keys, which this client does not resolve. */
const UNSUPPORTED = ['role_arn', 'credential_process', 'sso_session', 'sso_start_url', 'web_identity_token_file'];

/** Credentials from a profile of the shared files; undefined (with where it looked) when it has no keys. */
export async function fromSharedFiles(env: Env = processEnv(), profile?: string): Promise<{ credentials?: Credentials; searched: readonly string[] }> {
  const name = profileName(env, profile);
  // Loaded only when the chain gets this far: keys given or in the environment never load the INI reader.
  const { loadSharedProfile } = await import('./shared-config.js');
  const files = await loadSharedProfile(env, name);
  const p = files.profile;
  const c = { accessKeyId: p.aws_access_key_id, secretAccessKey: p.aws_secret_access_key, sessionToken: p.aws_session_token || undefined };
  if (complete(c)) return { credentials: c, searched: files.searched };
  const other = UNSUPPORTED.find((key) => key in p);
  if (other) {
    throw new CredentialsError(
      `Profile "${name}" gets its credentials through ${other}, which this client does not resolve. ` +
        'Pass a `credentials` provider function (for example one built on the AWS SDK for that), or keys.',
    );
  }
  return { searched: files.searched.map((s) => `profile "${name}": ${s}`) };
}

/** The default chain: the environment, then the shared files. */
export function defaultCredentialProvider(env: Env = processEnv(), profile?: string): CredentialProvider {
  return async () => {
    const fromEnvironment = fromEnv(env);
    if (fromEnvironment) return fromEnvironment;
    const shared = await fromSharedFiles(env, profile);
    if (shared.credentials) return shared.credentials;
    throw new CredentialsError(
      'No AWS credentials found. Looked for: the client option `credentials`; AWS_ACCESS_KEY_ID and ' +
        `AWS_SECRET_ACCESS_KEY in the environment; ${shared.searched.join('; ')}. ` +
        'Set one of them, or pass `credentials` (keys or a provider function).',
    );
  };
}

/**
 * A provider that is called once and then again only when its credentials are within
 * {@link EXPIRY_MARGIN_MS} of expiring; concurrent calls share one pending fetch. A failure is not kept.
 */
export function cachedProvider(provider: CredentialProvider, now: () => number = Date.now): () => Promise<Credentials> {
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  const fresh = (c: Credentials) => !c.expiration || c.expiration.getTime() - EXPIRY_MARGIN_MS > now();
  return () => {
    if (current && fresh(current)) return Promise.resolve(current);
    pending ??= Promise.resolve()
      .then(provider)
      .then((c) => {
        if (!complete(c)) throw new CredentialsError('The credentials provider returned no accessKeyId and secretAccessKey.');
        current = c;
        return c;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}

/** The client's provider for its `credentials` option (keys, a function, or nothing for the default chain). */
export function credentialProviderOf(option: Credentials | CredentialProvider | undefined, env: Env, profile?: string): () => Promise<Credentials> {
  if (typeof option === 'function') return cachedProvider(option);
  if (option !== undefined) {
    if (!complete(option)) throw new CredentialsError('The `credentials` option needs accessKeyId and secretAccessKey.');
    const fixed = Promise.resolve(option);
    return () => fixed;
  }
  return cachedProvider(defaultCredentialProvider(env, profile));
}
