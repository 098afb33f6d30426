import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';

// A Chromium process of a spec's own, on a profile folder, that the spec kills with SIGKILL as
// a crash or a power cut would, and starts again on the same profile (durability-kill.spec.ts,
// sync-restart.spec.ts). Playwright's own browsers cannot be killed that way. A spec that uses
// it turns tracing off: a trace cannot stop on a browser that was killed on purpose.

const executable = SYSTEM_CHROMIUM ?? chromium.executablePath();

/** A Chromium process of our own, so that it can be killed abruptly (SIGKILL). */
export async function startBrowser(
  userDataDir: string,
): Promise<{ proc: ChildProcess; browser: Browser }> {
  // Port 0: Chromium picks a free port and writes it to DevToolsActivePort in its profile. A
  // fixed or random port could be held by another browser, and the test would then attach to
  // that browser (another profile) instead of this one.
  const portFile = join(userDataDir, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const proc = spawn(
    executable,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      ...CHROMIUM_ARGS,
      'about:blank',
    ],
    // Its own process group: the kill takes every Chromium process at once (see kill()).
    { stdio: 'ignore', detached: true },
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const port = readFileSync(portFile, 'utf8').split('\n')[0]?.trim();
      if (!port) throw new Error('no port yet');
      return { proc, browser: await chromium.connectOverCDP(`http://127.0.0.1:${port}`) };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await kill(proc);
  throw new Error('Chromium did not start');
}

/**
 * Whether a process of this group is still alive. Zombies do not count: they hold no file and
 * no lock, and whether they are reaped depends on the machine's init.
 */
function groupAlive(pgid: number): boolean {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') return true;
    } catch {
      // the process ended while we looked
    }
  }
  return false;
}

/**
 * SIGKILL to the browser and all its helpers at once (renderers, the network service, and the
 * storage service that owns IndexedDB), as an out-of-memory kill or a power cut would: nothing
 * gets a chance to flush. Killing only the browser process would let the storage service
 * notice and finish its writes. Returns once no process of the group is left, so that the next
 * browser never shares the profile with a dying one.
 */
export async function kill(proc: ChildProcess): Promise<void> {
  const pgid = proc.pid!;
  const exited = proc.exitCode === null ? new Promise((r) => proc.once('exit', r)) : null;
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
  await exited;
  for (let waited = 0; groupAlive(pgid); waited += 50) {
    if (waited > 10_000) throw new Error(`Chromium processes of group ${pgid} outlived SIGKILL`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The browser's first page (in its default context), at the e2e viewport. */
export async function openPage(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1366, height: 860 });
  return page;
}
