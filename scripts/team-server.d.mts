// Types of team-server.mjs (plain JavaScript, so that the benchmark runs it without a build step).

/** A team server process started by startTeamServer. */
export interface TeamServerProcess {
  /** Its address, ws://127.0.0.1:port. */
  url: string;
  /** Ends the process with the signal (SIGKILL unless said) and resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** What the server printed so far. */
  output(): string;
}

/** Starts the team server on 127.0.0.1:port, storing in dataDir; resolves once it listens. */
export function startTeamServer(options: {
  port: number;
  dataDir: string;
  secret: string;
}): Promise<TeamServerProcess>;

/** A token for a team, issued by the server's own command. */
export function issueTeamToken(team: string, secret: string): string;
