import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const { forbidden } = require(join(repo, '.dependency-cruiser.cjs')) as { forbidden: unknown[] };

/**
 * The layer rule must fail `npm test` when broken, not only pass when kept: a domain file that
 * imports botbuilder, or the bot's own host, is caught by both checks that npm test runs.
 */
describe('the layer rule catches a domain/ that reaches for a framework or another layer', () => {
  let sandbox: string;

  beforeAll(async () => {
    sandbox = await mkdtemp(join(tmpdir(), 'layer-rule-'));
    await symlink(join(repo, 'node_modules'), join(sandbox, 'node_modules'), 'dir');
    await mkdir(join(sandbox, 'domain'));
    await mkdir(join(sandbox, 'bot'));
    await writeFile(join(sandbox, 'bot', 'host.ts'), 'export const host = 1;\n');
    await writeFile(join(sandbox, 'domain', 'clean.ts'), "import { z } from 'zod';\nexport const id = z.string();\n");
    await writeFile(
      join(sandbox, 'domain', 'leaky.ts'),
      "import { ActivityHandler } from 'botbuilder';\nimport { host } from '../bot/host.js';\nexport const leak = [ActivityHandler, host];\n",
    );
  });

  afterAll(async () => {
    await rm(sandbox, { recursive: true, force: true });
  });

  it('dependency-cruiser reports domain-is-pure for both imports, and nothing for the clean file', async () => {
    const previous = process.cwd();
    process.chdir(sandbox);
    let result: IReporterOutput;
    try {
      result = await cruise(['domain'], { ruleSet: { forbidden } as never, validate: true, tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' } });
    } finally {
      process.chdir(previous);
    }
    const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
    const violations = output.summary.violations.map((violation) => [violation.rule.name, violation.from, violation.to]);
    expect(violations).toContainEqual(['domain-is-pure', 'domain/leaky.ts', 'bot/host.ts']);
    expect(violations.some(([rule, from, to]) => rule === 'domain-is-pure' && from === 'domain/leaky.ts' && to?.includes('node_modules/botbuilder/'))).toBe(true);
    expect(violations.filter(([, from]) => from === 'domain/clean.ts')).toEqual([]);
  });

  it('eslint flags the same imports in the editor', async () => {
    const eslint = new ESLint({ cwd: repo });
    const [report] = await eslint.lintText(
      "import { ActivityHandler } from 'botbuilder';\nimport { Low } from 'lowdb';\nimport { host } from '../bot/host.js';\nexport const leak = [ActivityHandler, Low, host];\n",
      { filePath: join(repo, 'domain', 'leaky-probe.ts') },
    );
    const restricted = report?.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.line);
    expect(restricted).toEqual([1, 2, 3]);
  });
});
