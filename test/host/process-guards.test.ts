import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { logUnhandledRejections } from '../../bot/process-guards.js';
import { captureLogger } from './host-fixture.js';

describe('logUnhandledRejections', () => {
  it('logs a stray rejection and can be removed again', () => {
    const { logger, log } = captureLogger();
    const source = new EventEmitter();
    const uninstall = logUnhandledRejections(logger, source);
    source.emit('unhandledRejection', new TypeError("Cannot perform 'get' on a proxy that has been revoked"));
    expect(log.entries()[0]).toMatchObject({ level: 50, msg: 'unhandled promise rejection', err: { type: 'TypeError' } });
    uninstall();
    expect(source.listenerCount('unhandledRejection')).toBe(0);
  });
});
