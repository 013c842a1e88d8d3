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
  copilotAgents: z.object({ customEngineAgents: z.array(z.object({ type: z.string(), id: z.string() })) }).optional(),
  bots: z.array(
    z.object({
      botId: z.string(),
      scopes: z.array(z.string()),
      supportsFiles: z.boolean(),
      commandLists: z.array(z.object({ scopes: z.array(z.string()), commands: z.array(z.object({ title: z.string(), description: z.string() })) })),
    }),
  ),
});

type Manifest = z.infer<typeof ManifestSchema>;
type RawManifest = Record<string, unknown>;
const OTHER_ID = '7d1f0c2e-3b4a-4e5f-8a9b-0c1d2e3f4a5b';

/** The custom engine agent rules the schema leaves to prose: one agent, a bot of this manifest, with personal scope. */
function customEngineAgentProblems(manifest: Manifest): string[] {
  const agents = manifest.copilotAgents?.customEngineAgents ?? [];
  if (agents.length === 0) return ['no custom engine agent'];
  return agents.flatMap((agent) => {
    const bot = manifest.bots.find((candidate) => candidate.botId === agent.id);
    if (bot === undefined) return [`${agent.id} is not a bot of this manifest`];
    return bot.scopes.includes('personal') ? [] : [`bot ${agent.id} lacks personal scope`];
  });
}

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

  it('offers the bot in personal, team and Copilot scopes, without files, with its five commands', () => {
    const bot = ManifestSchema.parse(filledManifest(CONFIG)).bots[0];
    expect(bot?.scopes).toEqual(['personal', 'team', 'copilot']);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.commandLists[0]?.scopes).toEqual(['personal', 'team']);
    expect(bot?.commandLists[0]?.commands.map((command) => command.title)).toEqual(['help', 'can I upgrade', 'why', 'walkthrough', 'my cases']);
  });

  // The schema cannot say it: a custom engine agent of type bot must name a bot of this manifest that has personal scope.
  it.each([
    ['the manifest as written', (manifest: RawManifest) => manifest, []],
    ['an agent naming another bot', (manifest: RawManifest) => ({ ...manifest, copilotAgents: { customEngineAgents: [{ type: 'bot', id: OTHER_ID }] } }), [`${OTHER_ID} is not a bot of this manifest`]],
    [
      'the bot without personal scope',
      (manifest: RawManifest) => ({ ...manifest, bots: z.array(z.record(z.string(), z.unknown())).parse(manifest['bots']).map((bot) => ({ ...bot, scopes: ['team', 'copilot'] })) }),
      [`bot ${APP_ID} lacks personal scope`],
    ],
    ['no custom engine agent', (manifest: RawManifest) => ({ ...manifest, copilotAgents: undefined }), ['no custom engine agent']],
  ])('declares the bot as the custom engine agent Microsoft 365 Copilot shows: %s', (_case, edit, problems) => {
    const manifest = edit(z.record(z.string(), z.unknown()).parse(filledManifest(CONFIG)));
    // Each edit keeps the manifest valid against the schema: these rules are the ones it cannot check.
    expect(checks.manifest(manifest)).toEqual([]);
    expect(customEngineAgentProblems(ManifestSchema.parse(manifest))).toEqual(problems);
  });

  it('is rejected by the schema check when the custom engine agent breaks the schema', () => {
    const manifest = z.record(z.string(), z.unknown()).parse(filledManifest(CONFIG));
    expect(checks.manifest({ ...manifest, copilotAgents: { customEngineAgents: [{ type: 'api', id: APP_ID }] } })).toContain(
      '/copilotAgents/customEngineAgents/0/type must be equal to one of the allowed values',
    );
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
