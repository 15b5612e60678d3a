/**
 * Slack in many workspaces: Bolt's OAuth flow (`/slack/install`, `/slack/oauth_redirect`) with the
 * installations kept in the store through the `WorkspaceInstallations` port, each workspace's bot
 * token looked up when a delivery goes out, and uninstalls (`app_uninstalled`, a revoked bot token)
 * forgetting that workspace's installation and pausing its due work — no other workspace's.
 */
import type { App, Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { WorkspaceInstallations } from '../delivery/installations.ts';
import type { Logger } from '../log.ts';

/** The bot scopes Brief asks for at install: the same as the app manifest's (slack/manifest.yaml). */
export const SLACK_BOT_SCOPES = ['commands', 'app_mentions:read', 'im:history', 'chat:write', 'chat:write.public'];

/** How the adapter runs OAuth: the app's credentials and where installations are kept. */
export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  installations: WorkspaceInstallations;
}

/** The key an installation is kept under: the organisation for org-wide installs, else the workspace. */
function keyOf(query: { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined }): string {
  const key = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
  if (!key) throw new Error('a Slack installation names no workspace (team id) — cannot keep or find it');
  return key;
}

/** Bolt's `InstallationStore` on top of the store's port: installations kept as JSON, one per workspace. */
export function installationStore(installations: WorkspaceInstallations, now: () => number): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = keyOf({ teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall: installation.isEnterpriseInstall });
      await installations.saveInstallation(key, JSON.stringify(installation), now());
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const saved = await installations.findInstallation(keyOf(query));
      if (!saved) throw new Error(`no Slack installation for workspace ${keyOf(query)} — install Brief there through /slack/install`);
      return JSON.parse(saved) as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await installations.removeInstallation(keyOf(query), now());
    },
  };
}

/** A workspace's bot token, or undefined when it has no installation (never installed, or uninstalled). */
export async function botTokenOf(installations: WorkspaceInstallations, team: string): Promise<string | undefined> {
  const saved = await installations.findInstallation(team);
  if (!saved) return undefined;
  return (JSON.parse(saved) as Installation<'v1' | 'v2', boolean>).bot?.token;
}

/**
 * The token a post to a workspace uses: undefined (the client's own) with one workspace; with many,
 * the workspace's installation's — or an error naming the fix when there is none.
 */
export async function postingToken(options: { oauth?: SlackOAuthOptions | undefined; botToken?: string | undefined }, team: string | undefined): Promise<string | undefined> {
  const { oauth, botToken } = options;
  if (!oauth) return undefined;
  if (!team) {
    if (botToken) return botToken;
    throw new Error('this Slack channel names no workspace: with many workspaces write it `slack:C…@T…` (T… is the workspace id), or set SLACK_BOT_TOKEN for channels without one');
  }
  const token = await botTokenOf(oauth.installations, team);
  if (!token) throw new Error(`Slack workspace ${team} has no installation of Brief (never installed, or uninstalled) — install it there through /slack/install`);
  return token;
}

interface UninstallBody {
  team_id?: string;
  enterprise_id?: string;
  authorizations?: Array<{ is_enterprise_install?: boolean; enterprise_id?: string | null; team_id?: string | null }>;
  event?: { type?: string; tokens?: { bot?: string[]; oauth?: string[] } };
}

/** The workspace (or organisation, for org-wide installs) an event body came from. */
function workspaceOf(body: UninstallBody): string | undefined {
  const authorization = body.authorizations?.[0];
  if (authorization?.is_enterprise_install && authorization.enterprise_id) return authorization.enterprise_id;
  return body.team_id ?? authorization?.team_id ?? undefined;
}

/**
 * Handles uninstalls: `app_uninstalled`, and `tokens_revoked` when a bot token was revoked (revoked
 * user tokens change nothing: Brief uses none). The workspace's installation is forgotten and its
 * subscriptions, reminders, digests and feed posts wait until it installs Brief again.
 */
export function registerUninstall(app: App, options: { installations: WorkspaceInstallations; logger: Logger; now: () => number }): void {
  const uninstall = async (body: UninstallBody, why: string) => {
    const team = workspaceOf(body);
    if (!team) {
      options.logger.warn({ platform: 'slack', event: why }, 'slack uninstall names no workspace; nothing removed');
      return;
    }
    const removed = await options.installations.removeInstallation(team, options.now());
    options.logger.info({ platform: 'slack', team, event: why, removed }, 'slack workspace uninstalled: its installation is removed and its deliveries paused');
  };
  app.event('app_uninstalled', async ({ body }) => uninstall(body as UninstallBody, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ body }) => {
    const revoked = (body as UninstallBody).event?.tokens?.bot ?? [];
    if (revoked.length > 0) await uninstall(body as UninstallBody, 'tokens_revoked');
  });
}
