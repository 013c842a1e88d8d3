import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // restify loads spdy, whose http-deceiver reads process.binding('http_parser') when loaded (DEP0111):
    // harmless here (no HTTP/2 or SPDY is served), and printed once per test file otherwise.
    execArgv: ['--disable-warning=DEP0111'],
    reporters: ['default', './test/support/closing-line-reporter.ts'],
  },
});
