/**
 * A writable stream that keeps every log line, so tests can read what the bot logged (and check
 * that no secret was written).
 */
import { Writable } from 'node:stream';

/** Collects log lines. */
export class LogSink extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
}
