/**
 * Numbered, forward-only migrations. A landed migration is never edited: add the next number.
 * Feature tables reference accounts(id) ON DELETE CASCADE so removing an account removes its data.
 */
import { migration001 } from './001-foundation';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [migration001];
