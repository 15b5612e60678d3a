/**
 * What a platform factory is given to build its adapter: the settings, the responder it hands
 * messages to, the catalog (for autocomplete), the outbox for posts that still fail, and the
 * operational routes a platform listening on PORT serves too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Responder } from '../commands/responder.ts';
import type { BriefingCatalog } from '../briefing/catalog.ts';
import type { Settings } from '../config/env.ts';
import type { WorkspaceInstallations } from '../delivery/installations.ts';
import type { Outbox } from '../delivery/outbox.ts';
import type { Logger } from '../log.ts';

/** What a platform factory may use. */
export interface PlatformContext {
  settings: Settings;
  responder: Pick<Responder, 'respond'>;
  catalog: Pick<BriefingCatalog, 'library'>;
  logger: Logger;
  /** Where posts that still fail after retries are kept (log them with channel and reason too). */
  outbox: Outbox;
  /** Where Slack keeps its workspaces' installations (many workspaces). */
  installations?: WorkspaceInstallations;
  /** Extra HTTP routes (`/healthz`, `/readyz`, `/metrics`) that a platform listening on PORT serves too. */
  httpRoutes?: Array<{ path: string; method: string | string[]; handler: (req: IncomingMessage, res: ServerResponse) => void }>;
}
