import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// Both packages are CommonJS with a `default` export; under NodeNext the class sits on `.default`.
const Ajv04 = Ajv04Module.default;
type Ajv04 = InstanceType<typeof Ajv04>;
const addFormats = addFormatsModule.default;

/** The Teams app manifest schema version appPackage/manifest.json is written against. */
export const TEAMS_MANIFEST_VERSION = '1.24';

// @microsoft/app-manifest ships every published Teams schema as JSON files, so validation works offline.
const schemaDirectory = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
  `v${TEAMS_MANIFEST_VERSION}`,
);

export const TEAMS_SCHEMA_FILES = {
  manifest: join(schemaDirectory, 'MicrosoftTeams.schema.json'),
  localization: join(schemaDirectory, 'MicrosoftTeams.Localization.schema.json'),
} as const;

/** Checks a value against one Teams schema; returns readable problems, none when it is valid. */
export type TeamsSchemaCheck = (value: unknown) => string[];

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath === '' ? '(root)' : error.instancePath} ${error.message ?? 'is invalid'}`);
}

function compile(ajv: Ajv04, file: string): TeamsSchemaCheck {
  const validate: ValidateFunction = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  return (value) => (validate(value) ? [] : describe(validate.errors));
}

/** Compiles the manifest and localization schemas (draft-04, as Microsoft publishes them). */
export function createTeamsSchemaChecks(): { manifest: TeamsSchemaCheck; localization: TeamsSchemaCheck } {
  // strict: false because the published schemas carry keywords draft-04 does not define;
  // unicodeRegExp: false because some of their patterns are valid only as non-unicode regular expressions.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return { manifest: compile(ajv, TEAMS_SCHEMA_FILES.manifest), localization: compile(ajv, TEAMS_SCHEMA_FILES.localization) };
}
