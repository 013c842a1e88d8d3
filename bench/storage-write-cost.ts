/**
 * CPU cost of a state write (and of a read-then-write turn) on each Storage the host can use, the
 * figure issue 6 asks about: how much more a turn costs on STORAGE=lowdb than on STORAGE=memory.
 * CPU is process.cpuUsage() (user + system, every thread of the process: the libuv pool's file
 * work included), so it holds up when another benchmark shares the cores; wall time is printed too.
 * For lowdb the window ends after close(), which moves every journaled item into its per-key file:
 * the background work a turn causes is counted, not left for later.
 *   Run: npx tsx bench/storage-write-cost.ts     (WRITES=2000 IN_FLIGHT=50 CONVERSATIONS=200 ROUNDS=3)
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import { z } from 'zod';
import { LowdbStorage } from '../bot/storage/lowdb-storage.js';
import { conversationKey, conversationState as storedConversation } from './support/sample-state.js';

const SettingsSchema = z.object({
  WRITES: z.coerce.number().int().positive().default(2000),
  IN_FLIGHT: z.coerce.number().int().positive().default(50),
  CONVERSATIONS: z.coerce.number().int().positive().default(200),
  ROUNDS: z.coerce.number().int().positive().default(3),
});
const settings = SettingsSchema.parse(process.env);

/** About 1 KB of JSON: the storage benchmark's conversation, with a walkthrough under way. */
function conversationState(n: number, turn: number): Record<string, unknown> {
  return {
    ...storedConversation(n),
    walkthrough: {
      caseId: `UA-${n.toString(36).toUpperCase().padStart(6, '0')}`,
      steps: ['check-licences', 'compare-features', 'plan-switch', 'billing', 'confirm'].map((id, index) => ({ id, done: index < turn % 5 })),
      notes: 'Il cliente vuole passare al piano superiore prima della fine del ciclo di fatturazione.',
    },
    language: 'it',
    turn,
  };
}

interface Figures {
  cpuMicrosPerOp: number;
  wallMicrosPerOp: number;
}

/** Runs `operations` calls of `operation` with `inFlight` at a time; CPU and wall time per call, `finish` included. */
async function measure(operations: number, inFlight: number, operation: (index: number) => Promise<void>, finish: () => Promise<void>): Promise<Figures> {
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < operations) await operation(next++);
    }),
  );
  await finish();
  const cpu = process.cpuUsage(cpuBefore);
  return { cpuMicrosPerOp: (cpu.user + cpu.system) / operations, wallMicrosPerOp: ((performance.now() - wallBefore) * 1000) / operations };
}

type StoreName = 'memory' | 'lowdb';
type Shape = 'write' | 'turn';

async function openStore(name: StoreName, dir: string): Promise<{ storage: Storage; close: () => Promise<void> }> {
  if (name === 'memory') return { storage: new MemoryStorage(), close: async () => {} };
  const storage = new LowdbStorage({ dataDir: dir, onDamagedFile: (report) => console.error(report) });
  return { storage, close: () => storage.close() };
}

async function run(name: StoreName, shape: Shape): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'ua-write-cost-'));
  try {
    // A store that has run a while has all 4,096 shard folders (hashed-file-path.ts): made up front,
    // so the figures are not those of a store's first hour.
    if (name === 'lowdb') await Promise.all(Array.from({ length: 4096 }, (_, shard) => mkdir(join(dir, shard.toString(16).padStart(3, '0')))));
    // Warm up (JIT) on other keys, then time a fresh store on the same folder: its keys are new conversations.
    const warm = await openStore(name, dir);
    for (let n = 0; n < 300; n++) await warm.storage.write({ [`warm/${n}`]: { ...conversationState(n, 0), eTag: '*' } });
    await warm.close();
    const { storage, close } = await openStore(name, dir);
    const { WRITES, IN_FLIGHT, CONVERSATIONS } = settings;
    return await measure(
      WRITES,
      IN_FLIGHT,
      async (index) => {
        const n = index % CONVERSATIONS;
        const key = conversationKey(n);
        // A turn reads its state first, as BotState.load does; a write alone skips that.
        if (shape === 'turn') await storage.read([key]);
        await storage.write({ [key]: { ...conversationState(n, Math.floor(index / CONVERSATIONS)), eTag: '*' } });
      },
      close,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rows: Record<string, string | number>[] = [];
for (const shape of ['write', 'turn'] as const) {
  for (const name of ['memory', 'lowdb'] as const) {
    const rounds: Figures[] = [];
    for (let round = 0; round < settings.ROUNDS; round++) rounds.push(await run(name, shape));
    // The cheapest round: the one least disturbed by whatever else shares the cores.
    const best = rounds.reduce((a, b) => (b.cpuMicrosPerOp < a.cpuMicrosPerOp ? b : a));
    rows.push({
      store: name,
      operation: shape === 'write' ? 'write' : 'read + write',
      'CPU µs/op (best)': Math.round(best.cpuMicrosPerOp),
      'CPU µs/op (each round)': rounds.map((round) => Math.round(round.cpuMicrosPerOp)).join(' / '),
      'wall µs/op (best round)': Math.round(best.wallMicrosPerOp),
    });
  }
}
console.log(
  `${settings.WRITES} operations on ${settings.CONVERSATIONS} conversations (~1 KB state each), ${settings.IN_FLIGHT} in flight, ${settings.ROUNDS} rounds, Node ${process.version}`,
);
console.table(rows);
