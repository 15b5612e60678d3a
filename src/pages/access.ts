/**
 * Who may open a page. With a secret, a link's signature decides (see links.ts). Without one, only
 * this machine: the connection must come from a loopback address, name a loopback host (so a
 * hostile site cannot reach the page by rebinding its own name to 127.0.0.1), and carry no proxy
 * headers (a reverse proxy on this machine would make every visitor look local).
 */
import type { IncomingMessage } from 'node:http';

const LOOPBACK_ADDRESS = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;
const LOOPBACK_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(?::\d{1,5})?$/i;
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];

/** True when a request comes from this machine, directly, to a loopback name. */
export function isLocalRequest(req: Pick<IncomingMessage, 'headers' | 'socket'>): boolean {
  const address = req.socket.remoteAddress ?? '';
  const host = req.headers.host ?? '';
  return LOOPBACK_ADDRESS.test(address) && LOOPBACK_HOST.test(host) && PROXY_HEADERS.every((h) => req.headers[h] === undefined);
}

/** True when `id` (`platform:user`) may review: the terminal always, others when listed. */
export function isEditor(id: string, editors: readonly string[]): boolean {
  return id.startsWith('terminal:') || editors.includes(id);
}
