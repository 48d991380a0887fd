// The SQLite schema (src/storage/migrations.ts, timestamps as ISO TEXT).
import { migrations, type Migration } from './migrations.ts';

export type { Migration };

export const SQLITE_MIGRATIONS: readonly Migration[] = migrations('TEXT');
