/**
 * Slack workspaces' installations on SQLite (`slack_installations`). Removing one keeps the row
 * with `uninstalled_at` set: that is what pauses the workspace's due work (see `NOT_PAUSED`).
 */
import type { WorkspaceInstallations } from '../delivery/installations.ts';
import type { SqliteConnection } from './connection.ts';

export class SqliteInstallations implements WorkspaceInstallations {
  constructor(private readonly conn: SqliteConnection) {}

  async saveInstallation(team: string, installation: string, now: number): Promise<void> {
    this.conn.db
      .prepare(
        `INSERT INTO slack_installations (team, installation, installed_at, uninstalled_at) VALUES (?, ?, ?, NULL)
         ON CONFLICT (team) DO UPDATE SET installation = excluded.installation, installed_at = excluded.installed_at, uninstalled_at = NULL`,
      )
      .run(team, installation, now);
  }

  async findInstallation(team: string): Promise<string | undefined> {
    const row = this.conn.db.prepare<[string], { installation: string | null }>('SELECT installation FROM slack_installations WHERE team = ? AND uninstalled_at IS NULL').get(team);
    return row?.installation ?? undefined;
  }

  async removeInstallation(team: string, now: number): Promise<boolean> {
    return this.conn.db.prepare('UPDATE slack_installations SET installation = NULL, uninstalled_at = ? WHERE team = ? AND uninstalled_at IS NULL').run(now, team).changes > 0;
  }
}
