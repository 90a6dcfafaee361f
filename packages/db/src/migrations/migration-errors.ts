/** An applied migration's file no longer matches what was applied: the database and the repository disagree. */
export class ModifiedMigrationError extends Error {
  constructor(readonly migrationName: string) {
    super(
      `Migration ${migrationName} was modified after it was applied (its checksum differs from _prisma_migrations). ` +
        'Never edit an applied migration: restore the file and put the change in a new migration ' +
        '(pnpm db:migrate:create --name <change>).',
    );
    this.name = 'ModifiedMigrationError';
  }
}

/** A migration started and never finished (left by `prisma migrate deploy`, which does not wrap it in a transaction). */
export class FailedMigrationError extends Error {
  constructor(readonly migrationName: string) {
    super(
      `Migration ${migrationName} failed earlier and is marked unfinished in _prisma_migrations. Fix the database by ` +
        'hand, then mark it rolled back (`prisma migrate resolve --rolled-back ' +
        `${migrationName}\` or set rolled_back_at) before migrating again.`,
    );
    this.name = 'FailedMigrationError';
  }
}

/** A migration's SQL failed; its transaction was rolled back, so nothing of it is left in the database. */
export class MigrationScriptError extends Error {
  constructor(
    readonly migrationName: string,
    cause: unknown,
  ) {
    super(
      `Migration ${migrationName} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'MigrationScriptError';
  }
}
