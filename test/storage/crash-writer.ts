/**
 * Child process for the crash tests: writes until it is killed, printing each acknowledged step.
 *   node --import tsx test/storage/crash-writer.ts <dataDir> big    one large item, over and over
 *   node --import tsx test/storage/crash-writer.ts <dataDir> many   rounds of 20 keys written at once, a tiny
 *                                                                   compaction threshold, one key deleted each round
 * Prints `acked <n>` once write n (big) or round n (many) resolved: that state must survive a kill -9.
 */
import { z } from 'zod';
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';
import { BIG_KEY, BIG_PAYLOAD, DELETED_KEY, MANY_KEYS } from './crash-writer-items.js';

const [dataDir, mode] = z.tuple([z.string().min(1), z.enum(['big', 'many'])]).parse(process.argv.slice(2));
const report = (report: object) => console.error(JSON.stringify(report));
const log = { warn: report, error: report };

if (mode === 'big') {
  const storage = new LowdbStorage({ dataDir, onDamagedFile: report, log });
  for (let n = 0; ; n++) {
    await storage.write({ [BIG_KEY]: { n, payload: BIG_PAYLOAD } });
    process.stdout.write(`acked ${n}\n`);
  }
} else {
  // A threshold of a few rounds: compactions run all the time, so kills land in them too.
  const storage = new LowdbStorage({ dataDir, onDamagedFile: report, log, compactAfterBytes: 8 * 1024 });
  for (let round = 0; ; round++) {
    await storage.write({ [DELETED_KEY]: { round } });
    await Promise.all(MANY_KEYS.map((key) => storage.write({ [key]: { round, filler: 'x'.repeat(200) } })));
    await storage.delete([DELETED_KEY]);
    process.stdout.write(`acked ${round}\n`);
  }
}
