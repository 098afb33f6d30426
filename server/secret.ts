import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key that signs access tokens. It comes from `SYNC_SECRET` (text, at least 32 characters),
 * else from the file `SYNC_SECRET_FILE` names, else from `token-secret` in the data folder,
 * written there (mode 0600) the first time the server starts. Losing it invalidates every
 * token; anyone who reads it can issue tokens for any team.
 */

/** The shortest secret accepted: HS256 needs at least 256 bits. */
const MIN_SECRET_BYTES = 32;

/** The name of the generated secret in the data folder. */
export const SECRET_FILE_NAME = 'token-secret';

/** Where the secret comes from. */
export interface SecretSource {
  secret?: string | undefined;
  secretFile?: string | undefined;
  dataDir: string;
}

/** The signing key, read or generated once into the data folder. */
export function loadSecret(source: SecretSource): Uint8Array {
  if (source.secret) return checked(Buffer.from(source.secret, 'utf8'), 'SYNC_SECRET');
  if (source.secretFile) {
    return checked(
      Buffer.from(readFileSync(source.secretFile, 'utf8').trim(), 'utf8'),
      source.secretFile,
    );
  }
  const file = join(source.dataDir, SECRET_FILE_NAME);
  if (existsSync(file)) {
    return checked(Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), file);
  }
  mkdirSync(source.dataDir, { recursive: true });
  const generated = randomBytes(48).toString('base64url');
  // 'wx' refuses to overwrite a secret another process wrote in the meantime.
  writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
  return new Uint8Array(Buffer.from(generated, 'utf8'));
}

function checked(secret: Buffer, where: string): Uint8Array {
  if (secret.length < MIN_SECRET_BYTES) {
    throw new Error(`The token secret in ${where} is shorter than ${MIN_SECRET_BYTES} bytes`);
  }
  return new Uint8Array(secret);
}
