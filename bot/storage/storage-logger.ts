/**
 * The slice of a pino logger the storage layer needs. The host passes its own pino logger;
 * tests pass a recorder.
 */
export interface StorageLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Used when the host gives no logger: storage problems must still reach someone. */
export const consoleStorageLogger: StorageLogger = {
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};
