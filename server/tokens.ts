import { SignJWT, errors, jwtVerify } from 'jose';
import { isTeamName } from './document-name';

/**
 * Access tokens: JWTs signed by the server with HS256, carrying the team (`team` claim) and an
 * expiry. Whoever holds a valid token for a team reads and writes that team's documents, and
 * nothing else.
 */

/** Who issues the tokens; a token from another issuer is refused. */
const ISSUER = 'verdict-sync';

/** Why a token is refused: the reason code the client receives. */
export type TokenRefusal =
  'token-missing' | 'token-too-large' | 'token-invalid' | 'token-expired' | 'token-team-invalid';

/** A token's check: its team, or the reason it is refused. */
export type TokenCheck =
  { ok: true; team: string; expiresAt: Date } | { ok: false; reason: TokenRefusal };

/** A signed token for a team, valid for the given number of days. */
export async function issueToken(secret: Uint8Array, team: string, days: number): Promise<string> {
  if (!isTeamName(team)) throw new Error(`"${team}" is not a team name (a-z, 0-9 and -)`);
  if (!Number.isFinite(days) || days <= 0) throw new Error('days must be a positive number');
  return new SignJWT({ team })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000 + days * 86_400))
    .sign(secret);
}

/** Checks a token's signature, issuer, expiry, size and team. */
export async function checkToken(
  secret: Uint8Array,
  token: string,
  maxBytes: number,
): Promise<TokenCheck> {
  if (!token) return { ok: false, reason: 'token-missing' };
  if (Buffer.byteLength(token) > maxBytes) return { ok: false, reason: 'token-too-large' };
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      requiredClaims: ['exp', 'team'],
    });
    const team = payload.team;
    if (typeof team !== 'string' || !isTeamName(team)) {
      return { ok: false, reason: 'token-team-invalid' };
    }
    return { ok: true, team, expiresAt: new Date((payload.exp ?? 0) * 1000) };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'token-expired' };
    return { ok: false, reason: 'token-invalid' };
  }
}
