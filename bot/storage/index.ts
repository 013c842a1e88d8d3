export { createStorage, StorageOptionsSchema, type BotStorage, type StorageOptions } from './create-storage.js';
export { LowdbStorage, ETagConflictError, type LowdbStorageOptions } from './lowdb-storage.js';
export { LowdbCaseStore } from './lowdb-case-store.js';
export { MemoryCaseStore } from './memory-case-store.js';
export { BlobsCaseStore, type DamagedBlobHandler } from './blobs-case-store.js';
export type { DamagedFileReport, DamagedFileHandler } from './damaged-file.js';
export { consoleStorageLogger, type StorageLogger } from './storage-logger.js';
