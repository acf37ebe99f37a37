/**
 * Numbered, forward-only migrations. A landed migration is never edited: add the next number.
 * Feature tables reference accounts(id) ON DELETE CASCADE so removing an account removes its data.
 */
import { migration001 } from './001-foundation';
import { migration002 } from './002-contracts';
import { migration003 } from './003-hosting';
import { migration005 } from './005-dns';
import { migration006 } from './006-invoices';
import { migration007 } from './007-support';
import { migration008 } from './008-portal';
import { migration009 } from './009-activity';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
];
