/**
 * Signed requests into a Bolt app, the way Slack sends them: the v0 signature computed here from
 * the signing secret, so tests can also send wrong signatures and stale or future timestamps.
 */
import { createHmac } from 'node:crypto';

/** `X-Slack-Signature` for a body at a timestamp (seconds). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedRequest {
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Sends this signature instead of the right one. */
  signature?: string;
}

/** Posts a signed request to `POST /slack/events` and returns the response with its text. */
export async function sendSigned(baseUrl: string, request: SignedRequest, options: SendOptions): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, request.body),
    },
    body: request.body,
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

/** A `/brief <text>` slash command. */
export function slashCommand(text: string, fields: { responseUrl: string; channel?: string; user?: string; team?: string }): SignedRequest {
  const form = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.team ?? 'T1',
    team_domain: 'newsroom',
    channel_id: fields.channel ?? 'C100',
    channel_name: 'news',
    user_id: fields.user ?? 'U42',
    user_name: 'editor',
    command: '/brief',
    text,
    api_app_id: 'A1',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  });
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** An Events API callback wrapping `event`, from workspace `team` (T1 by default). */
export function eventCallback(event: Record<string, unknown>, team = 'T1'): SignedRequest {
  return {
    body: JSON.stringify({
      token: 'legacy-verification-token',
      team_id: team,
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: `Ev${Math.random().toString(36).slice(2, 10)}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: team, user_id: 'UBOT', is_bot: true }],
      event: { team, ...event },
    }),
    contentType: 'application/json',
  };
}

/** A `block_actions` payload for a button press. */
export function buttonPress(fields: { actionId: string; value: string; responseUrl: string; ephemeral: boolean; channel?: string; user?: string; messageTs?: string }): SignedRequest {
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'newsroom' },
    user: { id: fields.user ?? 'U42', name: 'editor', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: fields.ephemeral
      ? { type: 'message', message_ts: fields.messageTs ?? '1700000000.000100', channel_id: fields.channel ?? 'C100', is_ephemeral: true }
      : { type: 'message', message_ts: fields.messageTs ?? '1700000000.000100', channel_id: fields.channel ?? 'C100', is_ephemeral: false },
    trigger_id: '1.2.3',
    channel: { id: fields.channel ?? 'C100', name: 'news' },
    ...(fields.ephemeral ? {} : { message: { type: 'message', ts: fields.messageTs ?? '1700000000.000100', text: 'card', user: 'UBOT' } }),
    response_url: fields.responseUrl,
    actions: [{ type: 'button', action_id: fields.actionId, block_id: 'brief_actions', value: fields.value, action_ts: '1700000001.000200', text: { type: 'plain_text', text: 'x' } }],
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}
