import { readCommand, USAGE } from './config';
import { createSyncServer } from './create-server';
import { consoleLog } from './log';
import { loadSecret } from './secret';
import { issueToken } from './tokens';

/** `npm run server`: starts the team server, or prints a token with --issue-token. */
async function main(): Promise<void> {
  const command = readCommand(process.argv.slice(2), process.env);
  if (command.kind === 'help') {
    console.log(USAGE);
    return;
  }
  const secret = loadSecret({
    secret: process.env.SYNC_SECRET,
    secretFile: process.env.SYNC_SECRET_FILE,
    dataDir: command.dataDir,
  });
  if (command.kind === 'issue-token') {
    console.log(await issueToken(secret, command.team, command.days));
    return;
  }
  const server = createSyncServer({ ...command.options, secret });
  server.httpServer.on('error', (error) => {
    console.error(`The team server cannot listen: ${error.message}`);
    process.exit(1);
  });
  await server.listen();
  const { host, port, store, redis } = command.options;
  const storage = store.kind === 'sqlite' ? `SQLite in ${store.dataDir}` : 'PostgreSQL';
  consoleLog.info(
    `listening on ws://${host}:${port} — documents in ${storage}${redis ? `, shared through Redis at ${redis.host}:${redis.port}` : ''}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
