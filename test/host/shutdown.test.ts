import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { exitOnShutdownSignals } from '../../bot/shutdown.js';
import { captureLogger, messageActivity, messageTexts, postActivity, startTestHost, type ReplyBody } from './host-fixture.js';

describe('stopping a running host', () => {
  it('lets an in-flight slow turn finish, then closes and flushes', async () => {
    const running = await startTestHost();
    const { host, bot, flushCalls } = running;
    let release!: () => void;
    bot.releaseSlowTurn = new Promise<void>((resolve) => (release = resolve));
    const started = new Promise<void>((resolve) => (bot.slowTurnStarted = resolve));

    const reply = postActivity(host.url, messageActivity('slow', { conversation: { id: 'shutdown-slow' } }));
    await started;
    const stopped = host.stop();
    let stopFinished = false;
    void stopped.then(() => (stopFinished = true));

    // New connections are refused at once, while the slow turn is still running.
    await expect(fetch(`${host.url}/healthz`, { headers: { connection: 'close' } })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopFinished).toBe(false);
    expect(flushCalls).toHaveLength(0);

    const releasedAt = Date.now();
    release();
    const response = await reply;
    expect(response.status).toBe(200);
    expect(messageTexts((await response.json()) as ReplyBody)).toEqual(['echo 1: slow']);

    await stopped;
    expect(flushCalls).toHaveLength(1);
    expect(flushCalls[0]).toBeGreaterThanOrEqual(releasedAt);
    expect(running.log.entries().map((entry) => entry.msg)).toContain('host stopped');
  });

  it('can be stopped twice and flushes once', async () => {
    const { host, flushCalls } = await startTestHost();
    await Promise.all([host.stop(), host.stop()]);
    await host.stop();
    expect(flushCalls).toHaveLength(1);
  });

  it('cuts a turn that outlives the drain timeout, and still flushes', async () => {
    const { host, bot, flushCalls } = await startTestHost({}, { drainTimeoutMs: 200 });
    bot.releaseSlowTurn = new Promise<void>(() => undefined);
    const started = new Promise<void>((resolve) => (bot.slowTurnStarted = resolve));
    const reply = postActivity(host.url, messageActivity('slow', { conversation: { id: 'shutdown-stuck' } }));
    await started;
    await host.stop();
    await expect(reply).rejects.toThrow();
    expect(flushCalls).toHaveLength(1);
  });
});

/** A stand-in for `process`: tests raise signals on it and record exit codes. */
function fakeProcess(): { signals: EventEmitter; exits: number[]; exit: (code: number) => void } {
  const exits: number[] = [];
  return { signals: new EventEmitter(), exits, exit: (code) => exits.push(code) };
}

const tick = (ms = 10): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('exitOnShutdownSignals', () => {
  it('stops on SIGTERM and exits 0 once stop has finished', async () => {
    const { logger } = captureLogger();
    const { signals, exits, exit } = fakeProcess();
    let finishStop!: () => void;
    let stopCalls = 0;
    const stop = (): Promise<void> => {
      stopCalls += 1;
      return new Promise<void>((resolve) => (finishStop = resolve));
    };
    const uninstall = exitOnShutdownSignals({ stop, logger, signalSource: signals, exit });

    signals.emit('SIGTERM', 'SIGTERM');
    await tick();
    expect(stopCalls).toBe(1);
    expect(exits).toEqual([]);
    finishStop();
    await tick();
    expect(exits).toEqual([0]);
    uninstall();
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('exits 1 at once on a second signal', async () => {
    const { logger } = captureLogger();
    const { signals, exits, exit } = fakeProcess();
    const uninstall = exitOnShutdownSignals({ stop: () => new Promise<void>(() => undefined), logger, signalSource: signals, exit });
    signals.emit('SIGINT', 'SIGINT');
    await tick();
    expect(exits).toEqual([]);
    signals.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([1]);
    uninstall();
  });

  it('exits 1 when stop takes longer than the timeout', async () => {
    const { logger } = captureLogger();
    const { signals, exits, exit } = fakeProcess();
    const uninstall = exitOnShutdownSignals({ stop: () => new Promise<void>(() => undefined), logger, timeoutMs: 50, signalSource: signals, exit });
    signals.emit('SIGTERM', 'SIGTERM');
    await tick(150);
    expect(exits).toEqual([1]);
    uninstall();
  });

  it('exits 1 when stop fails', async () => {
    const { logger, log } = captureLogger();
    const { signals, exits, exit } = fakeProcess();
    const uninstall = exitOnShutdownSignals({ stop: async () => Promise.reject(new Error('flush failed')), logger, signalSource: signals, exit });
    signals.emit('SIGTERM', 'SIGTERM');
    await tick();
    expect(exits).toEqual([1]);
    expect(log.text).toContain('flush failed');
    uninstall();
  });
});
