/**
 * Who holds a claim: `host:pid:process-nonce:scheduler`. A claim held by a process that is known to
 * be gone — a dead pid on this host, or an earlier run that had our own pid (a restarted container)
 * — can be taken over at once instead of waiting for its lease to end.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

let processNonce: string | undefined;

function nonce(): string {
  return (processNonce ??= randomUUID().slice(0, 8));
}

/** A fresh owner id for one scheduler in this process. */
export function newOwner(): string {
  return `${hostname()}:${process.pid}:${nonce()}:${randomUUID().slice(0, 8)}`;
}

/** True when the owner's process has certainly ended. Unknown shapes and other hosts: false. */
export function ownerGone(owner: string): boolean {
  const [host, pidText, ownerNonce] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return ownerNonce !== nonce();
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
