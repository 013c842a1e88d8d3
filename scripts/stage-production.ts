// `npm run stage:production -- --out DIR`: the folder a host runs, as App Service's zip deploy and the
// Dockerfile use it. Compiles the bot into DIR/dist, copies package.json and package-lock.json, and
// installs the production dependencies only (`npm ci --omit=dev`). The host then starts it with
// `npm run start:prod` (plain node on dist/, nothing compiled). `--offline` / `--prefer-offline` are
// passed to npm (the production-start test installs from the local npm cache).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The folders of the running bot; bench/ and scripts/ compile too but need dev dependencies. */
const RUNTIME_FOLDERS = ['bot', 'dialogs', 'domain', 'cards', 'i18n'];

export interface StageOptions {
  outDir: string;
  /** Passed to npm ci: install from the local cache only, or prefer it. */
  npmCache?: 'offline' | 'prefer-offline';
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
}

export function stageProduction({ outDir, npmCache }: StageOptions): void {
  // The folder is rebuilt from nothing: an old file left there would ship.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  // Not incremental: the repository's own dist/ and its build info stay untouched.
  run(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(outDir, 'dist'), '--incremental', 'false', '--tsBuildInfoFile', 'null'], ROOT);
  for (const entry of readdirSync(join(outDir, 'dist'))) {
    if (!RUNTIME_FOLDERS.includes(entry)) rmSync(join(outDir, 'dist', entry), { recursive: true, force: true });
  }
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(outDir, file));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(npm, ['ci', '--omit=dev', '--no-audit', '--no-fund', ...(npmCache ? [`--${npmCache}`] : [])], outDir);
  if (!existsSync(join(outDir, 'dist', 'bot', 'index.js'))) throw new Error(`the build wrote no ${join(outDir, 'dist', 'bot', 'index.js')}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'deploy' }, offline: { type: 'boolean' }, 'prefer-offline': { type: 'boolean' } } });
  const outDir = resolve(values.out);
  stageProduction({ outDir, ...(values.offline ? { npmCache: 'offline' as const } : values['prefer-offline'] ? { npmCache: 'prefer-offline' as const } : {}) });
  console.log(`Production folder staged in ${outDir}: start it with npm run start:prod`);
}
