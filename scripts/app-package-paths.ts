import { fileURLToPath } from 'node:url';

/** The folder holding the Teams app templates and icons (appPackage/ at the repository root). */
export const APP_PACKAGE_DIR = fileURLToPath(new URL('../appPackage/', import.meta.url));
