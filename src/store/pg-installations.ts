/**
 * Slack workspaces' installations on Postgres: the same statements as src/store/sqlite-installations.ts
 * with numbered parameters, so every replica sees an install or uninstall at once.
 */
import type { WorkspaceInstallations } from '../delivery/installations.ts';
import type { PgConnection } from './pg-connection.ts';

export class PgInstallations implements WorkspaceInstallations {
  constructor(private readonly conn: PgConnection) {}

  async saveInstallation(team: string, installation: string, now: number): Promise<void> {
    await this.conn.pool.query(
      `INSERT INTO slack_installations (team, installation, installed_at, uninstalled_at) VALUES ($1, $2, $3, NULL)
       ON CONFLICT (team) DO UPDATE SET installation = excluded.installation, installed_at = excluded.installed_at, uninstalled_at = NULL`,
      [team, installation, now],
    );
  }

  async findInstallation(team: string): Promise<string | undefined> {
    const { rows } = await this.conn.pool.query<{ installation: string | null }>('SELECT installation FROM slack_installations WHERE team = $1 AND uninstalled_at IS NULL', [team]);
    return rows[0]?.installation ?? undefined;
  }

  async removeInstallation(team: string, now: number): Promise<boolean> {
    const result = await this.conn.pool.query('UPDATE slack_installations SET installation = NULL, uninstalled_at = $1 WHERE team = $2 AND uninstalled_at IS NULL', [now, team]);
    return (result.rowCount ?? 0) > 0;
  }
}
