import type {
  Extension,
  beforeHandleMessagePayload,
  onAuthenticatePayload,
} from '@hocuspocus/server';
import { parseDocumentName } from './document-name';
import { CLOSE_CODES, refusal, type SyncLog } from './log';
import { checkToken } from './tokens';

/** What an authenticated connection carries: its team and when its token expires. */
export interface TeamContext {
  team: string;
  expiresAt: Date;
}

/**
 * Authentication: a connection opens a document only with a valid token of the document's
 * team. Refusals reach the client as a reason code (`token-expired`, `token-invalid`,
 * `wrong-team`, …) and the document is never loaded for it. A token that expires while its
 * connection is open ends that connection at its next message.
 */
export class AuthExtension implements Extension {
  extensionName = 'verdict-auth';

  constructor(
    private readonly secret: Uint8Array,
    private readonly maxTokenBytes: number,
    private readonly log: SyncLog,
  ) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<TeamContext> {
    const address = parseDocumentName(data.documentName);
    if (!address) {
      this.log.warn(
        `refused ${JSON.stringify(data.documentName.slice(0, 200))}: not a document name`,
      );
      throw refusal(CLOSE_CODES.forbidden, 'document-name-invalid');
    }
    const check = await checkToken(this.secret, data.token, this.maxTokenBytes);
    if (!check.ok) {
      this.log.warn(`refused ${data.documentName}: ${check.reason}`);
      throw refusal(CLOSE_CODES.unauthorized, check.reason);
    }
    if (check.team !== address.team) {
      this.log.warn(`refused ${data.documentName} to a token of team ${check.team}`);
      throw refusal(CLOSE_CODES.forbidden, 'wrong-team');
    }
    return { team: check.team, expiresAt: check.expiresAt };
  }

  async beforeHandleMessage(data: beforeHandleMessagePayload<TeamContext>): Promise<void> {
    if (data.context.expiresAt.getTime() <= Date.now()) {
      this.log.info(`closed connection ${data.socketId} on ${data.documentName}: token expired`);
      throw refusal(CLOSE_CODES.unauthorized, 'token-expired');
    }
  }
}
