/** Where the server writes what it refuses and why: the console, or a test's collector. */
export interface SyncLog {
  info(message: string): void;
  warn(message: string): void;
}

/** The console, each line prefixed with the time and the server's name. */
export const consoleLog: SyncLog = {
  info: (message) => console.log(`${new Date().toISOString()} [verdict-sync] ${message}`),
  warn: (message) => console.warn(`${new Date().toISOString()} [verdict-sync] ${message}`),
};

/**
 * A refusal as Hocuspocus expects it from a hook: the close code and the reason code the
 * client receives (in its authenticationFailed or close event).
 */
export interface Refusal {
  code: number;
  reason: string;
}

/** The close codes of refusals: HTTP's numbers in the 4000 range WebSocket leaves to servers. */
export const CLOSE_CODES = {
  malformed: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  tooLarge: 4413,
  rateLimited: 4429,
} as const;

/** A refusal with its close code and reason code. */
export function refusal(code: number, reason: string): Refusal {
  return { code, reason };
}
