/**
 * The port through which the Slack adapter keeps its workspaces' installations (many-workspace
 * mode): the store implements it on either engine, the adapter sees only this. Installations are
 * kept as opaque JSON (Bolt's `Installation`), keyed by workspace id.
 */

/** Where each workspace's installation (its bot token among it) is kept. */
export interface WorkspaceInstallations {
  /** Saves or replaces a workspace's installation; a reinstall resumes the workspace's paused work. */
  saveInstallation(team: string, installation: string, now: number): Promise<void>;
  /** The workspace's installation as saved, or undefined when it never installed Brief or has uninstalled it. */
  findInstallation(team: string): Promise<string | undefined>;
  /**
   * Forgets the workspace's installation (its tokens) and pauses its subscriptions, reminders,
   * digests and feed posts until it installs Brief again. False when it had no installation.
   */
  removeInstallation(team: string, now: number): Promise<boolean>;
}
