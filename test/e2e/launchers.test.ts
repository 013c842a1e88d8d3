import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { findFreePort } from './free-port.js';
import { startPlayground, type Playground } from './playground.js';

// The parts of the harness that need no page: how it starts and stops its processes.

async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}

async function answersPing(playground: Playground): Promise<boolean> {
  try {
    return (await fetch(`${playground.url}_debug/ping`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the e2e launchers', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('says how to install Chromium instead of skipping when it is missing', async () => {
    await expect(launchChromium({ executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      /not installed at \/nonexistent\/chromium[\s\S]*apt-get install -y chromium/,
    );
  });

  it('moves to another free port when the chosen one is taken, and stop() ends it', async () => {
    const takenPort = await findFreePort();
    const blocker = await occupy(takenPort);
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    let portsAskedFor = 0;
    const playground = await startPlayground({
      botEndpoint: 'http://127.0.0.1:9/api/messages', // the Playground only calls the bot once a page opens
      findPort: async () => (++portsAskedFor === 1 ? takenPort : findFreePort()),
    });
    cleanups.push(() => playground.stop());

    // Given a taken port the Playground itself would drift to a random one; the harness starts over instead.
    expect(portsAskedFor).toBe(2);
    expect(playground.port).not.toBe(takenPort);
    expect(playground.output()).toContain(`Listening on ${playground.port}`);
    expect(await answersPing(playground)).toBe(true);
    const pid = playground.pid;
    expect(isRunning(pid)).toBe(true);

    await playground.stop();
    expect(isRunning(pid)).toBe(false);
    expect(await answersPing(playground)).toBe(false);
  }, 60_000);
});
