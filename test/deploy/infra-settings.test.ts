import { readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CONFIG_VARIABLES, loadConfig } from '../../bot/config.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const BICEP = read('infra/azure.bicep');

/** The web app's settings as written in the Bicep file: name and value expression (a quoted literal or Bicep). */
function appSettings(bicep: string): { name: string; value: string }[] {
  const block = /appSettings:\s*\[([\s\S]*?)\n\s*\]/.exec(bicep)?.[1] ?? '';
  return [...block.matchAll(/\{\s*name:\s*'([^']+)',\s*value:\s*(.+?)\s*\}/g)].map(([, name = '', value = '']) => ({ name, value }));
}

// App Service reads these itself; the bot never does.
const isPlatformSetting = (name: string) => name.startsWith('WEBSITE_') || name.startsWith('WEBSITES_') || name.startsWith('SCM_');

/** What Azure puts where the template has an expression, in the shape Azure gives it. */
const AZURE_VALUES: Readonly<Record<string, string>> = {
  'identity.properties.clientId': '5a2f8c1e-7d3b-4e6a-9f0c-1b2d3e4f5a6b',
  'identity.properties.tenantId': '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  storageConnectionString: 'DefaultEndpointsProtocol=https;AccountName=upgradedevstate;AccountKey=a2V5;EndpointSuffix=core.windows.net',
  'stateContainer.name': 'bot-state',
  'appInsights.properties.ConnectionString':
    'InstrumentationKey=0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;ApplicationId=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  // Parameters, as env/.env.dev leaves them: empty.
  supportAgentIds: '',
  oauthConnectionName: '',
};

function valueOf(expression: string): string {
  const literal = /^'(.*)'$/.exec(expression)?.[1];
  if (literal !== undefined) return literal;
  const azure = AZURE_VALUES[expression];
  if (azure === undefined) throw new Error(`no stand-in for the Bicep expression ${expression}`);
  return azure;
}

describe('infra/azure.bicep and bot/config.ts', () => {
  const settings = appSettings(BICEP);

  it('finds the web app settings in the template', () => {
    expect(settings.map((setting) => setting.name)).toEqual(expect.arrayContaining(['MicrosoftAppId', 'STORAGE', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'WEBSITE_RUN_FROM_PACKAGE']));
  });

  it('sets only variables the bot reads, besides App Service\'s own settings', () => {
    const unknown = settings.map((setting) => setting.name).filter((name) => !isPlatformSetting(name) && !CONFIG_VARIABLES.includes(name));
    expect(unknown).toEqual([]);
  });

  it('sets values the bot starts with: single tenant on the managed identity, blob storage, telemetry on, JSON logs', () => {
    const env = Object.fromEntries(settings.filter((setting) => !isPlatformSetting(setting.name)).map((setting) => [setting.name, valueOf(setting.value)]));
    const config = loadConfig(env);
    expect(config).toMatchObject({
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: AZURE_VALUES['identity.properties.clientId'],
      MicrosoftAppTenantId: AZURE_VALUES['identity.properties.tenantId'],
      MicrosoftAppPassword: undefined,
      STORAGE: 'blobs',
      BLOB_CONTAINER_NAME: 'bot-state',
      // App Service gives the port in PORT; with an app id the bot listens on every interface.
      HOST: '0.0.0.0',
      LOG_FORMAT: 'json',
      TELEMETRY_INCLUDE_TEXT: false,
    });
    expect(config.APPLICATIONINSIGHTS_CONNECTION_STRING).toContain('InstrumentationKey=');
  });

  it('probes the bot\'s health route and starts the built bot without compiling, as npm run start:prod does', () => {
    expect(/healthCheckPath:\s*'([^']+)'/.exec(BICEP)?.[1]).toBe('/healthz');
    const startCommand = /appCommandLine:\s*'([^']+)'/.exec(BICEP)?.[1];
    const packageJson = z.object({ scripts: z.record(z.string(), z.string()) }).parse(JSON.parse(read('package.json')));
    expect(startCommand).toBe(packageJson.scripts['start:prod']);
    expect(/linuxFxVersion:\s*'([^']+)'/.exec(BICEP)?.[1]).toBe('NODE|24-lts');
  });
});

const EnvironmentStep = z.object({ uses: z.string(), with: z.unknown().optional(), writeToEnvironmentFile: z.record(z.string(), z.string()).optional() });
const ProjectFile = z.object({ version: z.string(), provision: z.array(EnvironmentStep), deploy: z.array(EnvironmentStep).optional(), publish: z.array(EnvironmentStep).optional() });

/** `${{NAME}}` references in a text. */
const references = (text: string) => [...new Set([...text.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map(([, name = '']) => name))];

describe.each([
  ['m365agents.yml', 'env/.env.dev'],
  ['m365agents.local.yml', 'env/.env.local'],
])('%s with %s', (projectPath, envPath) => {
  const projectText = read(projectPath);
  const project = ProjectFile.parse(parseYaml(projectText));
  const steps = [...project.provision, ...(project.deploy ?? []), ...(project.publish ?? [])];
  const declared = new Set(Object.keys(parseDotenv(read(envPath))));
  const written = new Set(steps.flatMap((step) => Object.values(step.writeToEnvironmentFile ?? {})));
  // The toolkit fills these itself (https://aka.ms/teamsfx-actions): the environment's name and the signed-in tenant.
  const builtIn = new Set(['TEAMSFX_ENV', 'TEAMS_APP_TENANT_ID']);
  const bicepOutputs = new Set([...BICEP.matchAll(/^output (\w+) /gm)].map(([, name = '']) => name));
  const usesArm = steps.some((step) => step.uses === 'arm/deploy');

  it('uses only variables the environment file declares, a step writes, or the toolkit provides', () => {
    const texts = [projectText, ...(usesArm ? [read('infra/azure.parameters.json')] : [])];
    const unresolved = references(texts.join('\n')).filter(
      (name) => !declared.has(name) && !written.has(name) && !builtIn.has(name) && !(usesArm && bicepOutputs.has(name)),
    );
    expect(unresolved).toEqual([]);
  });

  it('commits no secret in the environment file', () => {
    const values = parseDotenv(read(envPath));
    expect(Object.keys(values).filter((name) => name.startsWith('SECRET_') || /PASSWORD|CONNECTION_STRING|KEY/.test(name))).toEqual([]);
  });
});

describe('infra/azure.parameters.json', () => {
  it('sets only parameters the template declares, and every parameter without a default', () => {
    const parameters = z.object({ parameters: z.record(z.string(), z.unknown()) }).parse(JSON.parse(read('infra/azure.parameters.json'))).parameters;
    const declared = [...BICEP.matchAll(/^param (\w+) (\w+)( =)?/gm)].map(([, name = '', , hasDefault]) => ({ name, required: hasDefault === undefined }));
    expect(Object.keys(parameters).filter((name) => !declared.some((param) => param.name === name))).toEqual([]);
    expect(declared.filter((param) => param.required && !(param.name in parameters)).map((param) => param.name)).toEqual([]);
  });
});
