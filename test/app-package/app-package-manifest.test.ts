import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assembleAppPackage, InvalidAppPackageError, MANIFEST_FILE, placeholderValues } from '../../scripts/app-package-build.js';
import { APP_PACKAGE_DIR } from '../../scripts/app-package-paths.js';
import { fillJsonTemplate } from '../../scripts/app-package-placeholders.js';
import { createTeamsSchemaChecks, TEAMS_MANIFEST_VERSION, TEAMS_SCHEMA_FILES, type TeamsSchemaCheck } from '../../scripts/app-package-schema.js';

const APP_ID = '0b6e3d52-8f7a-4c1e-9d2b-5a4f3e2d1c0b';
const CONFIG = { microsoftAppId: APP_ID, botDomain: 'upgrade-bot.azurewebsites.net' };

const ManifestSchema = z.object({
  manifestVersion: z.string(),
  id: z.string(),
  name: z.object({ short: z.string(), full: z.string() }),
  developer: z.object({ name: z.string() }),
  localizationInfo: z.object({ additionalLanguages: z.array(z.object({ languageTag: z.string(), file: z.string() })) }),
  validDomains: z.array(z.string()),
  bots: z.array(
    z.object({
      botId: z.string(),
      scopes: z.array(z.string()),
      supportsFiles: z.boolean(),
      commandLists: z.array(z.object({ scopes: z.array(z.string()), commands: z.array(z.object({ title: z.string(), description: z.string() })) })),
    }),
  ),
});

function filledManifest(config: { microsoftAppId: string; botDomain?: string }): unknown {
  return fillJsonTemplate(readFileSync(join(APP_PACKAGE_DIR, MANIFEST_FILE), 'utf8'), placeholderValues(config), MANIFEST_FILE);
}

let checks: { manifest: TeamsSchemaCheck; localization: TeamsSchemaCheck };
beforeAll(() => {
  checks = createTeamsSchemaChecks();
});

describe('the Teams schema files', () => {
  it('come from the installed @microsoft/app-manifest package, for the version the manifest declares', () => {
    for (const file of Object.values(TEAMS_SCHEMA_FILES)) {
      expect(file).toContain(join('node_modules', '@microsoft', 'app-manifest'));
      expect(existsSync(file)).toBe(true);
    }
    const manifest = ManifestSchema.parse(filledManifest(CONFIG));
    expect(manifest.manifestVersion).toBe(TEAMS_MANIFEST_VERSION);
  });
});

describe('appPackage/manifest.json once filled', () => {
  it.each([
    ['with BOT_DOMAIN', CONFIG],
    ['without BOT_DOMAIN', { microsoftAppId: APP_ID }],
  ])('is valid against the Teams manifest schema %s', (_case, config) => {
    expect(checks.manifest(filledManifest(config))).toEqual([]);
  });

  it('uses the Microsoft App ID as both the app id and the bot id, and lists the bot domain', () => {
    const manifest = ManifestSchema.parse(filledManifest(CONFIG));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]?.botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['upgrade-bot.azurewebsites.net']);
    expect(ManifestSchema.parse(filledManifest({ microsoftAppId: APP_ID })).validDomains).toEqual([]);
  });

  it('offers the bot in personal and team scopes, without files, with its five commands', () => {
    const bot = ManifestSchema.parse(filledManifest(CONFIG)).bots[0];
    expect(bot?.scopes).toEqual(['personal', 'team']);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.commandLists[0]?.scopes).toEqual(['personal', 'team']);
    expect(bot?.commandLists[0]?.commands.map((command) => command.title)).toEqual(['help', 'can I upgrade', 'why', 'walkthrough', 'my cases']);
  });

  it('is rejected by the schema check when a field breaks the schema', () => {
    const manifest = z.record(z.string(), z.unknown()).parse(filledManifest(CONFIG));
    expect(checks.manifest({ ...manifest, id: 'not-a-guid' })).toEqual([expect.stringMatching(/^\/id must match pattern/)]);
    expect(checks.manifest({ ...manifest, accentColor: undefined, bots: [{ botId: APP_ID, scopes: ['everywhere'] }] })).toEqual([
      "(root) must have required property 'accentColor'",
      '/bots/0/scopes/0 must be equal to one of the allowed values',
    ]);
  });
});

describe('the Italian localization file', () => {
  it('is declared in the manifest and valid against the Teams localization schema', () => {
    const languages = ManifestSchema.parse(filledManifest(CONFIG)).localizationInfo.additionalLanguages;
    expect(languages).toEqual([{ languageTag: 'it-it', file: 'it.json' }]);
    const strings = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'it.json'), 'utf8')) as Record<string, string>;
    expect(checks.localization(strings)).toEqual([]);
  });

  it('translates the description of every command the manifest lists', () => {
    const commands = ManifestSchema.parse(filledManifest(CONFIG)).bots[0]?.commandLists[0]?.commands ?? [];
    const strings = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'it.json'), 'utf8')) as Record<string, string>;
    commands.forEach((command, index) => {
      const italian = strings[`bots[0].commandLists[0].commands[${index}].description`];
      expect(italian).toBeTypeOf('string');
      expect(italian).not.toBe(command.description);
    });
  });
});

describe('assembleAppPackage', () => {
  const scratchDirs: string[] = [];
  afterEach(() => {
    for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function templatesWith(fileName: string, edit: (text: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'ua-app-package-'));
    scratchDirs.push(dir);
    cpSync(APP_PACKAGE_DIR, dir, { recursive: true, filter: (source) => !source.includes(join(APP_PACKAGE_DIR, 'build')) });
    writeFileSync(join(dir, fileName), edit(readFileSync(join(dir, fileName), 'utf8')));
    return dir;
  }

  it('refuses to package a manifest that breaks the schema, naming the file and the field', () => {
    const dir = templatesWith(MANIFEST_FILE, (text) => text.replace('"#0F6CBD"', '"blue"'));
    expect(() => assembleAppPackage(CONFIG, dir)).toThrow(InvalidAppPackageError);
    expect(() => assembleAppPackage(CONFIG, dir)).toThrow(/manifest\.json does not match the Teams schema:\n\/accentColor/);
  });

  it('refuses to package a localization file that breaks the schema', () => {
    const dir = templatesWith('it.json', (text) => text.replace('"name.short": "Upgrade Assistant"', '"name.short": "Un nome davvero troppo lungo per Teams"'));
    expect(() => assembleAppPackage(CONFIG, dir)).toThrow(/it\.json does not match the Teams schema:\n\/name\.short/);
  });
});
