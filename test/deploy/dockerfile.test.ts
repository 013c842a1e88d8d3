import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

// Docker cannot run where this was written: the Dockerfile is linted (dockerfilelint, from the npm
// registry) and checked to take the same path as the production-start test, not built.
const DOCKERFILE = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
const LINTER = join(createRequire(import.meta.url).resolve('dockerfilelint/package.json'), '..', 'bin', 'dockerfilelint');
const START_COMMAND = z.object({ scripts: z.object({ 'start:prod': z.string() }) }).parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).scripts['start:prod'];

const LintReport = z.object({ totalIssues: z.number(), files: z.array(z.object({ issues: z.array(z.object({ title: z.string(), line: z.string() })) })) });

const scratch = mkdtempSync(join(tmpdir(), 'ua-dockerfile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(text: string) {
  const file = join(scratch, `Dockerfile-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, [LINTER, '-o', 'json', file], { encoding: 'utf8' });
  return LintReport.parse(JSON.parse(run.stdout));
}

describe('the Dockerfile', () => {
  it.each([
    ['as written', DOCKERFILE, []],
    // The linter finds what it should: an untagged base image and an install that would wait for a "yes".
    [
      'with an untagged base and an interactive apt-get',
      DOCKERFILE.replace('FROM node:24-bookworm-slim\n', 'FROM node\nRUN apt-get install curl\n'),
      ['Base Image Missing Tag', 'Missing parameter for `apt-get`', 'Consider `--no-install-recommends`'],
    ],
  ])('%s has the lint issues expected', (_case, text, expected) => {
    const report = lint(text);
    expect(report.files.flatMap((file) => file.issues.map((issue) => issue.title))).toEqual(expected);
  });

  it('stages the bot as the host does and runs npm run start:prod\'s command as the unprivileged node user', () => {
    const instructions = DOCKERFILE.split('\n').filter((line) => /^[A-Z]+ /.test(line));
    expect(instructions).toContain('RUN npm run stage:production -- --out /app');
    expect(instructions.filter((line) => line.startsWith('FROM ')).every((line) => line.startsWith('FROM node:24-'))).toBe(true);
    const lastUser = instructions.filter((line) => line.startsWith('USER ')).at(-1);
    expect(lastUser).toBe('USER node');
    const command = z.array(z.string()).parse(JSON.parse(instructions.find((line) => line.startsWith('CMD '))?.slice(4) ?? '[]'));
    expect(command.join(' ')).toBe(START_COMMAND);
    expect(instructions).toContain('STOPSIGNAL SIGTERM');
    expect(instructions.some((line) => line.startsWith('HEALTHCHECK ') && line.includes('/healthz'))).toBe(true);
  });
});
