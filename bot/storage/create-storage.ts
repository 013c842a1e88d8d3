import { join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { z } from 'zod';
import type { CaseStore } from '../../domain/index.js';
import { BlobsCaseStore } from './blobs-case-store.js';
import { CollisionFreeBlobKeys } from './collision-free-keys.js';
import { ensureDataFolder } from './data-folder.js';
import type { DamagedFileHandler } from './damaged-file.js';
import { LowdbCaseStore } from './lowdb-case-store.js';
import { LowdbStorage } from './lowdb-storage.js';
import { MemoryCaseStore } from './memory-case-store.js';
import { consoleStorageLogger, type StorageLogger } from './storage-logger.js';
import { probeStorage } from './storage-probe.js';

/** Azure container names: 3-63 lowercase letters, digits and single dashes, starting with a letter or digit. */
const ContainerNameSchema = z
  .string()
  .regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'not a valid Azure blob container name');

export const StorageOptionsSchema = z
  .object({
    kind: z.enum(['lowdb', 'blobs', 'memory']),
    dataDir: z.string().min(1),
    /** lowdb: journal bytes that start a compaction (LowdbStorage's default when unset). */
    compactAfterBytes: z.number().int().positive().optional(),
    blobs: z.object({ connectionString: z.string().min(1), containerName: ContainerNameSchema }).optional(),
  })
  .refine((options) => options.kind !== 'blobs' || options.blobs !== undefined, {
    message: 'STORAGE=blobs needs a connection string and a container name',
    path: ['blobs'],
  });
export type StorageOptions = z.infer<typeof StorageOptionsSchema>;

export interface BotStorage {
  /** Dialog and conversation state. */
  storage: Storage;
  /** Triage cases, records of their own. */
  caseStore: CaseStore;
  /** Writes, reads back and deletes a probe item: true only if the store really answers. */
  healthCheck(): Promise<boolean>;
  /** Waits for pending writes; call on shutdown. */
  close(): Promise<void>;
}

/**
 * Builds the state storage and case store the host asked for:
 * `lowdb` (default) files under `dataDir/state` and `dataDir/cases`; `blobs` one Azure blob
 * container shared by every bot instance (state through botbuilder's BlobsStorage, cases under
 * `cases/`); `memory` botbuilder's MemoryStorage, lost on restart.
 */
export async function createStorage(options: StorageOptions, log: StorageLogger = consoleStorageLogger): Promise<BotStorage> {
  const settings = StorageOptionsSchema.parse(options);
  const onDamagedFile: DamagedFileHandler = (report) =>
    log.warn({ event: 'storage.damaged-file', ...report }, `Damaged storage file ${report.file} set aside as ${report.movedTo}`);

  switch (settings.kind) {
    case 'memory': {
      const storage = new MemoryStorage();
      return { storage, caseStore: new MemoryCaseStore(), healthCheck: () => probeStorage(storage), close: async () => {} };
    }
    case 'lowdb': {
      await ensureDataFolder(settings.dataDir);
      const storage = new LowdbStorage({ dataDir: join(settings.dataDir, 'state'), compactAfterBytes: settings.compactAfterBytes, onDamagedFile, log });
      // The journal is replayed before the bot serves anyone: a folder it cannot use stops the start here.
      await storage.opened();
      const caseStore = new LowdbCaseStore({ casesDir: join(settings.dataDir, 'cases'), onDamagedFile });
      return {
        storage,
        caseStore,
        healthCheck: () => probeStorage(storage),
        close: async () => {
          await Promise.all([storage.close(), caseStore.close()]);
        },
      };
    }
    case 'blobs': {
      // The refine above guarantees the settings; this narrows the type.
      const { connectionString, containerName } = z.object({ connectionString: z.string(), containerName: z.string() }).parse(settings.blobs);
      // Keys BlobsStorage would truncate, merge or refuse are hashed; the rest keep their blob names.
      const storage = new CollisionFreeBlobKeys(new BlobsStorage(connectionString, containerName));
      const caseStore = new BlobsCaseStore(new ContainerClient(connectionString, containerName), (report) =>
        log.warn({ event: 'storage.damaged-blob', ...report }, `Damaged case blob ${report.blob} ignored`),
      );
      // BlobsStorage awaits every upload inside write(), so nothing is left pending to flush.
      return { storage, caseStore, healthCheck: () => probeStorage(storage), close: async () => {} };
    }
  }
}
