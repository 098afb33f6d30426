// Where the benchmark builds, serves and writes, and the preview server's address.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(BENCH, '..');
export const TMP = join(BENCH, '.tmp');
// The app is built into bench/.tmp/app rather than dist/, so that a test run serving dist/ on
// port 4173 at the same time is never disturbed.
export const APP_DIR = join(TMP, 'app');
export const ANCHOR_DIR = join(TMP, 'anchor');
// BENCH_PORT lets two worktrees bench side by side; 4180 otherwise.
export const PORT = Number(process.env.BENCH_PORT ?? 4180);
export const BASE = `http://127.0.0.1:${PORT}`;
