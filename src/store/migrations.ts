/**
 * Versioned schema changes, in code. Each migration has a name (`001-followups`, `feeds-001-items`)
 * and is applied once, inside a transaction, and recorded by name in `migrations`, so several parts
 * can contribute their own lists without sharing a counter.
 */
import type { Database } from 'better-sqlite3';

/** One schema change. `up` runs inside a transaction; it must not be edited once released. */
export interface Migration {
  /** Unique and stable: `<part>-<nnn>-<what>`, e.g. `followups-001-core`. */
  name: string;
  up: string | ((db: Database) => void);
}

/**
 * Applies the migrations not yet recorded, in the order given, each in its own transaction.
 * Safe to run on every start and from several processes: a migration another process applied
 * meanwhile is seen inside the write lock and skipped. Returns the names applied now.
 */
export function applyMigrations(db: Database, migrations: readonly Migration[], now: () => number = Date.now): string[] {
  const names = new Set<string>();
  for (const m of migrations) {
    if (names.has(m.name)) throw new Error(`migration \`${m.name}\` is listed twice — give each migration its own name`);
    names.add(m.name);
  }
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const isApplied = db.prepare<[string], { name: string }>('SELECT name FROM migrations WHERE name = ?');
  const record = db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)');
  const applied: string[] = [];
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      if (isApplied.get(migration.name)) return false;
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      record.run(migration.name, now());
      return true;
    });
    if (apply.immediate()) applied.push(migration.name);
  }
  return applied;
}

/**
 * Slack installations, one per workspace (Bolt's installation as JSON). Uninstalling keeps the row
 * with no installation and `uninstalled_at` set: that workspace's due work is paused, not lost.
 * The same table on both engines, given the integer type for times.
 */
export function installationsTable(time: 'INTEGER' | 'BIGINT'): string {
  return `CREATE TABLE slack_installations (
        team TEXT PRIMARY KEY, installation TEXT, installed_at ${time} NOT NULL, uninstalled_at ${time}
      );`;
}

/** The follow-ups schema: channels, subscriptions, reminders, digest schedules, the delivery log. */
export const FOLLOWUP_MIGRATIONS: readonly Migration[] = [
  {
    name: 'followups-001-core',
    up: `
      CREATE TABLE channels (
        platform TEXT NOT NULL,
        conversation TEXT NOT NULL,
        time_zone TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (platform, conversation)
      );
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        conversation TEXT NOT NULL,
        thread TEXT,
        slug TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (platform, conversation, slug)
      );
      CREATE INDEX subscriptions_slug ON subscriptions (slug);
      CREATE TABLE reminders (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        conversation TEXT NOT NULL,
        thread TEXT,
        slug TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('reminder', 'checkin', 'followup')),
        note TEXT,
        questions TEXT,
        after TEXT,
        due_at INTEGER NOT NULL,
        time_zone TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'scheduled'
          CHECK (state IN ('scheduled', 'queued', 'sent', 'failed', 'skipped', 'cancelled')),
        detail TEXT,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX reminders_due ON reminders (state, due_at);
      CREATE INDEX reminders_target ON reminders (platform, conversation, state, due_at);
      CREATE TABLE digest_schedules (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        conversation TEXT NOT NULL,
        thread TEXT,
        schedule TEXT NOT NULL,
        cron TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('chat', 'config')),
        enabled INTEGER NOT NULL DEFAULT 1,
        next_run_at INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (platform, conversation)
      );
      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        platform TEXT NOT NULL,
        conversation TEXT NOT NULL,
        thread TEXT,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('reminder', 'digest', 'post')),
        item_id INTEGER,
        scheduled_at INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'claimed', 'sent', 'failed', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        claimed_by TEXT,
        lease_until INTEGER,
        late_ms INTEGER NOT NULL DEFAULT 0,
        reply TEXT,
        reason TEXT,
        created_at INTEGER NOT NULL,
        finished_at INTEGER
      );
      CREATE INDEX deliveries_work ON deliveries (state, next_attempt_at);
      CREATE INDEX deliveries_item ON deliveries (item_kind, item_id);
      CREATE INDEX deliveries_target ON deliveries (platform, conversation, item_kind, state);
    `,
  },
  {
    // Slack in many workspaces: every target row gains the workspace ('' in the single-token set-up),
    // part of each channel's identity, so the unique keys are rebuilt to include it (SQLite cannot
    // alter a constraint, hence the copies); and the workspaces' installations.
    name: 'followups-002-workspaces',
    up: `
      CREATE TABLE channels_new (
        platform TEXT NOT NULL, conversation TEXT NOT NULL, team TEXT NOT NULL DEFAULT '', time_zone TEXT, updated_at INTEGER NOT NULL,
        PRIMARY KEY (platform, conversation, team)
      );
      INSERT INTO channels_new (platform, conversation, time_zone, updated_at) SELECT platform, conversation, time_zone, updated_at FROM channels;
      DROP TABLE channels;
      ALTER TABLE channels_new RENAME TO channels;
      CREATE TABLE subscriptions_new (
        id INTEGER PRIMARY KEY, platform TEXT NOT NULL, conversation TEXT NOT NULL, team TEXT NOT NULL DEFAULT '', thread TEXT,
        slug TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL,
        UNIQUE (platform, conversation, team, slug)
      );
      INSERT INTO subscriptions_new (id, platform, conversation, thread, slug, created_by, created_at)
        SELECT id, platform, conversation, thread, slug, created_by, created_at FROM subscriptions;
      DROP TABLE subscriptions;
      ALTER TABLE subscriptions_new RENAME TO subscriptions;
      CREATE INDEX subscriptions_slug ON subscriptions (slug);
      CREATE TABLE digest_schedules_new (
        id INTEGER PRIMARY KEY, platform TEXT NOT NULL, conversation TEXT NOT NULL, team TEXT NOT NULL DEFAULT '', thread TEXT,
        schedule TEXT NOT NULL, cron TEXT NOT NULL, time_zone TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('chat', 'config')), enabled INTEGER NOT NULL DEFAULT 1,
        next_run_at INTEGER NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL,
        UNIQUE (platform, conversation, team)
      );
      INSERT INTO digest_schedules_new (id, platform, conversation, thread, schedule, cron, time_zone, origin, enabled, next_run_at, created_by, created_at)
        SELECT id, platform, conversation, thread, schedule, cron, time_zone, origin, enabled, next_run_at, created_by, created_at FROM digest_schedules;
      DROP TABLE digest_schedules;
      ALTER TABLE digest_schedules_new RENAME TO digest_schedules;
      ALTER TABLE reminders ADD COLUMN team TEXT NOT NULL DEFAULT '';
      ALTER TABLE deliveries ADD COLUMN team TEXT NOT NULL DEFAULT '';
      ${installationsTable('INTEGER')}
    `,
  },
];
