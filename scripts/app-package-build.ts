import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { z } from 'zod';
import type { PackagingConfig } from './app-package-config.js';
import { APP_PACKAGE_DIR } from './app-package-paths.js';
import { fillJsonTemplate, type PlaceholderValues } from './app-package-placeholders.js';
import { createTeamsSchemaChecks } from './app-package-schema.js';
import { withSingleSignOn } from './app-package-sso.js';

export const MANIFEST_FILE = 'manifest.json';
export const DEFAULT_PACKAGE_FILE = join(APP_PACKAGE_DIR, 'build', 'upgrade-assistant.zip');

const PACKAGE_JSON_FILE = join(APP_PACKAGE_DIR, '..', 'package.json');

// Only the parts of the manifest that name other files of the package; the schema checks the rest.
const ManifestFilesSchema = z.object({
  icons: z.object({ color: z.string(), outline: z.string() }),
  localizationInfo: z
    .object({
      defaultLanguageFile: z.string().optional(),
      additionalLanguages: z.array(z.object({ file: z.string() })).optional(),
    })
    .optional(),
});

const PackageJsonSchema = z.object({ version: z.string().regex(/^\d+\.\d+\.\d+$/, 'package.json version must be MAJOR.MINOR.PATCH') });

/** Thrown when the template, once filled, is not a valid Teams package. */
export class InvalidAppPackageError extends Error {
  override readonly name = 'InvalidAppPackageError';
}

/** The files of the Teams app package, by their name at the zip root. */
export type AppPackageFiles = Record<string, Uint8Array>;

function toJsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

function assertValid(fileName: string, problems: string[]): void {
  if (problems.length > 0) throw new InvalidAppPackageError(`${fileName} does not match the Teams schema:\n${problems.join('\n')}`);
}

/** Placeholder values for the templates: the configuration plus the app version from package.json. */
export function placeholderValues(config: PackagingConfig): PlaceholderValues {
  const { version } = PackageJsonSchema.parse(JSON.parse(readFileSync(PACKAGE_JSON_FILE, 'utf8')));
  return { MicrosoftAppId: config.microsoftAppId, BotDomain: config.botDomain, AppVersion: version };
}

/**
 * Fills the manifest and localization templates in `sourceDir`, checks each against its Teams schema and
 * collects the files the manifest names. Throws {@link InvalidAppPackageError} rather than build a package Teams would refuse.
 */
export function assembleAppPackage(config: PackagingConfig, sourceDir: string = APP_PACKAGE_DIR): AppPackageFiles {
  const values = placeholderValues(config);
  const checks = createTeamsSchemaChecks();
  const fill = (fileName: string) => fillJsonTemplate(readFileSync(join(sourceDir, fileName), 'utf8'), values, fileName);

  const template = fill(MANIFEST_FILE);
  const manifest = config.singleSignOn ? withSingleSignOn(template, config.microsoftAppId) : template;
  assertValid(MANIFEST_FILE, checks.manifest(manifest));
  const { icons, localizationInfo } = ManifestFilesSchema.parse(manifest);

  const files: AppPackageFiles = { [MANIFEST_FILE]: toJsonBytes(manifest) };
  for (const icon of [icons.color, icons.outline]) files[icon] = readFileSync(join(sourceDir, icon));
  const languageFiles = [localizationInfo?.defaultLanguageFile, ...(localizationInfo?.additionalLanguages ?? []).map((language) => language.file)];
  for (const languageFile of languageFiles) {
    if (languageFile === undefined) continue;
    const strings = fill(languageFile);
    assertValid(languageFile, checks.localization(strings));
    files[languageFile] = toJsonBytes(strings);
  }
  return files;
}

// A fixed timestamp keeps the zip byte-for-byte the same for the same inputs.
const ZIP_ENTRY_TIME = new Date('2020-01-01T00:00:00Z');

/** Builds the Teams app package zip (files at the zip root) and returns the names it holds. */
export function buildAppPackage(config: PackagingConfig, outFile: string = DEFAULT_PACKAGE_FILE): string[] {
  const files = assembleAppPackage(config);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zipSync(files, { level: 9, mtime: ZIP_ENTRY_TIME }));
  return Object.keys(files);
}
