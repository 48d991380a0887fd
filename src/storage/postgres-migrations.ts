// The PostgreSQL schema (src/storage/migrations.ts, timestamps as TIMESTAMPTZ).
import { migrations, type Migration } from './migrations.ts';

export const POSTGRES_MIGRATIONS: readonly Migration[] = migrations('TIMESTAMPTZ');
