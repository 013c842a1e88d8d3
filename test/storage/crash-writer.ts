/**
 * Child process for the crash test: writes a large item over and over until it is killed.
 * Run as `node --import tsx test/storage/crash-writer.ts <dataDir>`.
 */
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer <dataDir>');
const storage = new LowdbStorage({ dataDir, onDamagedFile: (report) => console.error(JSON.stringify(report)) });
// Big enough that a write takes a while, so a kill often lands in the middle of one.
const payload = 'Aggiornamento del piano — '.repeat(40_000); // keep in step with lowdb-storage-crash.test.ts
for (let n = 0; ; n++) {
  await storage.write({ 'conversation/crash': { n, payload } });
  // The parent starts its kill timer once one complete item is on disk.
  if (n === 0) process.stdout.write('first item written\n');
}
