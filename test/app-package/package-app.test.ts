import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildAppPackage } from '../../scripts/app-package-build.js';
import { APP_PACKAGE_DIR } from '../../scripts/app-package-paths.js';
import { readPngHeader } from '../../scripts/app-package-png.js';
import { createTeamsSchemaChecks } from '../../scripts/app-package-schema.js';

const APP_ID = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const REPO_ROOT = join(APP_PACKAGE_DIR, '..');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const PACKAGE_SCRIPT = join(REPO_ROOT, 'scripts', 'package-app.ts');
const EXPECTED_ENTRIES = ['color.png', 'it.json', 'manifest.json', 'outline.png'];

const ZippedManifestSchema = z.object({
  id: z.string(),
  version: z.string(),
  validDomains: z.array(z.string()),
  bots: z.array(z.object({ botId: z.string() })),
});

const scratchDirs: string[] = [];
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ua-package-app-'));
  scratchDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('buildAppPackage', () => {
  it('zips the filled manifest, both icons and the Italian strings at the zip root', () => {
    const outFile = join(scratchDir(), 'nested', 'upgrade-assistant.zip');
    const entries = buildAppPackage({ microsoftAppId: APP_ID, botDomain: 'upgrade-bot.azurewebsites.net' }, outFile);
    const zip = unzipSync(readFileSync(outFile));

    expect(Object.keys(zip).sort()).toEqual(EXPECTED_ENTRIES);
    expect([...entries].sort()).toEqual(EXPECTED_ENTRIES);
    for (const name of ['manifest.json', 'it.json']) expect(text(zip[name])).not.toContain('{{');

    const zippedManifest: unknown = JSON.parse(text(zip['manifest.json']));
    expect(createTeamsSchemaChecks().manifest(zippedManifest)).toEqual([]);
    const manifest = ZippedManifestSchema.parse(zippedManifest);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]?.botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['upgrade-bot.azurewebsites.net']);
    const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')));
    expect(manifest.version).toBe(version);

    expect(readPngHeader(zip['color.png'] ?? new Uint8Array())).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(zip['outline.png'] ?? new Uint8Array())).toMatchObject({ width: 32, height: 32 });
    expect(zip['color.png']).toEqual(new Uint8Array(readFileSync(join(APP_PACKAGE_DIR, 'color.png'))));
  });

  it('builds the same bytes from the same inputs', () => {
    const dir = scratchDir();
    buildAppPackage({ microsoftAppId: APP_ID }, join(dir, 'a.zip'));
    buildAppPackage({ microsoftAppId: APP_ID }, join(dir, 'b.zip'));
    expect(readFileSync(join(dir, 'a.zip')).equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
  });
});

describe('npm run package (scripts/package-app.ts)', () => {
  // The script reads .env from its working directory, so each run gets an empty scratch one;
  // the variables under test are removed from the inherited environment.
  function runPackager(cwd: string, env: Record<string, string>, args: string[] = []) {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'MicrosoftAppId' && name !== 'BOT_DOMAIN'));
    return spawnSync(TSX, [PACKAGE_SCRIPT, ...args], { cwd, env: { ...inherited, ...env }, encoding: 'utf8', timeout: 60_000 });
  }

  it('fails with a message naming MicrosoftAppId when it is missing', () => {
    const result = runPackager(scratchDir(), {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MicrosoftAppId is missing');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails with a message naming MicrosoftAppId when it is not a GUID', () => {
    const result = runPackager(scratchDir(), { MicrosoftAppId: 'my-bot' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MicrosoftAppId must be a GUID');
    expect(result.stderr).toContain('"my-bot"');
  });

  it('takes MicrosoftAppId and BOT_DOMAIN from .env and writes the zip given by --out', () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, '.env'), `MicrosoftAppId=${APP_ID}\nBOT_DOMAIN=upgrade-bot.azurewebsites.net\n`);
    const result = runPackager(cwd, {}, ['--out', 'out/app.zip']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const manifest = ZippedManifestSchema.parse(JSON.parse(text(unzipSync(readFileSync(join(cwd, 'out', 'app.zip')))['manifest.json'])));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['upgrade-bot.azurewebsites.net']);
  });

  // The Agents Toolkit passes what it provisioned as arguments (m365agents.yml), over anything in .env.
  it('takes --app-id and --bot-domain over the environment and .env', () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, '.env'), 'MicrosoftAppId=not-a-guid\nBOT_DOMAIN=old.example.net\n');
    const result = runPackager(cwd, { BOT_DOMAIN: 'other.example.net' }, ['--app-id', APP_ID, '--bot-domain', 'upgrade-dev.azurewebsites.net', '--out', 'app.zip']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const manifest = ZippedManifestSchema.parse(JSON.parse(text(unzipSync(readFileSync(join(cwd, 'app.zip')))['manifest.json'])));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['upgrade-dev.azurewebsites.net']);
  });

  it('lets the environment win over .env', () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, '.env'), 'MicrosoftAppId=not-a-guid\n');
    const result = runPackager(cwd, { MicrosoftAppId: APP_ID }, ['--out', 'app.zip']);
    expect(result.status).toBe(0);
  });
});
