import type {
  Extension,
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  beforeHandleMessagePayload,
  beforeSyncPayload,
  onChangePayload,
  onUpgradePayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { CLOSE_CODES, refusal, type SyncLog } from './log';

/** The server's limits (docs/DECISIONS.md, "Team sync server", says why these values). */
export interface SyncLimits {
  /** The largest WebSocket message, and so the largest single update, in bytes. */
  maxMessageBytes: number;
  /** The largest document (its whole Yjs state), in bytes. */
  maxDocumentBytes: number;
  /** The largest access token, in bytes. */
  maxTokenBytes: number;
  /** Messages per second one connection may send on average… */
  messagesPerSecond: number;
  /** …and in one burst. */
  messageBurst: number;
  /** New WebSocket connections per minute from one address. */
  connectionsPerMinute: number;
}

/** The defaults (docs/DECISIONS.md, "Team sync server"). */
export const DEFAULT_LIMITS: SyncLimits = {
  maxMessageBytes: 16 * 1024 * 1024,
  maxDocumentBytes: 64 * 1024 * 1024,
  maxTokenBytes: 4096,
  messagesPerSecond: 50,
  messageBurst: 500,
  connectionsPerMinute: 60,
};

/** Sync message types that carry an update (y-protocols: SyncStep2, Update). */
const UPDATE_TYPES = new Set([1, 2]);

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Enforces the limits: refuses a connection over the per-address rate (HTTP 429 before the
 * WebSocket opens), and closes a connection that sends too fast, too large a message, a
 * malformed update or one that would take its document past the maximum size. A refused update
 * is never applied, so the stored document stays as it was; each refusal is logged.
 */
export class LimitsExtension implements Extension {
  extensionName = 'verdict-limits';

  /** Before every other extension, so that nothing handles what is refused. */
  priority = 2000;

  /** Each open document's size in bytes: exact after loading, an upper bound after changes. */
  private readonly sizes = new Map<string, number>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly connections = new Map<string, number[]>();

  constructor(
    private readonly limits: SyncLimits,
    private readonly log: SyncLog,
  ) {}

  async onUpgrade(data: onUpgradePayload): Promise<void> {
    const address = data.request.socket.remoteAddress ?? 'unknown';
    const now = Date.now();
    const recent = (this.connections.get(address) ?? []).filter((at) => at > now - 60_000);
    recent.push(now);
    this.connections.set(address, recent);
    if (this.connections.size > 10_000) this.forgetOldConnections(now);
    if (recent.length <= this.limits.connectionsPerMinute) return;
    this.log.warn(
      `refused a connection from ${address}: more than ${this.limits.connectionsPerMinute} a minute`,
    );
    data.socket.end(
      'HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
    );
    // A rejection without an error stops the upgrade without an error being thrown.
    return Promise.reject(undefined);
  }

  async beforeHandleMessage(data: beforeHandleMessagePayload): Promise<void> {
    if (data.update.byteLength > this.limits.maxMessageBytes) {
      this.log.warn(
        `refused a ${data.update.byteLength}-byte message for ${data.documentName}: too large`,
      );
      throw refusal(CLOSE_CODES.tooLarge, 'message-too-large');
    }
    if (!this.take(data.socketId)) {
      this.log.warn(
        `closed connection ${data.socketId} on ${data.documentName}: too many messages`,
      );
      throw refusal(CLOSE_CODES.rateLimited, 'rate-limited');
    }
  }

  async beforeSync(data: beforeSyncPayload): Promise<void> {
    if (!UPDATE_TYPES.has(data.type)) return;
    const update = data.payload;
    try {
      Y.decodeUpdate(update);
    } catch (error) {
      this.log.warn(`refused a malformed update for ${data.documentName}: ${String(error)}`);
      throw refusal(CLOSE_CODES.malformed, 'update-malformed');
    }
    const name = data.documentName;
    const estimate = (this.sizes.get(name) ?? 0) + update.byteLength;
    if (estimate <= this.limits.maxDocumentBytes) return;
    // The estimate only grows: measure what the document would really be before refusing.
    const current = Y.encodeStateAsUpdate(data.document);
    this.sizes.set(name, current.byteLength);
    const merged = Y.mergeUpdates([current, update]).byteLength;
    if (merged <= this.limits.maxDocumentBytes) return;
    this.log.warn(`refused an update for ${name}: the document would be ${merged} bytes`);
    throw refusal(CLOSE_CODES.tooLarge, 'document-too-large');
  }

  async afterLoadDocument(data: afterLoadDocumentPayload): Promise<void> {
    this.sizes.set(data.documentName, Y.encodeStateAsUpdate(data.document).byteLength);
  }

  async onChange(data: onChangePayload): Promise<void> {
    this.sizes.set(
      data.documentName,
      (this.sizes.get(data.documentName) ?? 0) + data.update.byteLength,
    );
  }

  async afterUnloadDocument(data: afterUnloadDocumentPayload): Promise<void> {
    this.sizes.delete(data.documentName);
  }

  /** Takes one message from a connection's token bucket; false when it is empty. */
  private take(socketId: string): boolean {
    const now = Date.now();
    const { messagesPerSecond: rate, messageBurst: burst } = this.limits;
    const bucket = this.buckets.get(socketId) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(socketId, bucket);
    if (this.buckets.size > 10_000) this.forgetFullBuckets(now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private forgetFullBuckets(now: number): void {
    const { messagesPerSecond: rate, messageBurst: burst } = this.limits;
    for (const [socketId, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * rate >= burst) this.buckets.delete(socketId);
    }
  }

  private forgetOldConnections(now: number): void {
    for (const [address, times] of this.connections) {
      if (times.every((at) => at <= now - 60_000)) this.connections.delete(address);
    }
  }
}
