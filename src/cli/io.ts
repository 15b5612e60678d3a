import { Readable, Writable } from 'node:stream';

/**
 * What a CLI command may touch: its streams, working directory and environment. Injected so
 * tests run commands in process without patching globals.
 */
export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** The real process streams. */
export function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/** Reads a whole stream as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** In-memory streams for running a command in tests; `out()` and `err()` return what was written. */
export function memoryIO(options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): CliIO & { out(): string; err(): string } {
  const stdin = Readable.from(options.input === undefined ? [] : [options.input]);
  const collect = () => {
    let text = '';
    const stream = new Writable({
      write(chunk: Buffer | string, _enc, done) {
        text += chunk.toString();
        done();
      },
    });
    return { stream, text: () => text };
  };
  const out = collect();
  const err = collect();
  return { stdin, stdout: out.stream, stderr: err.stream, cwd: options.cwd ?? process.cwd(), env: options.env ?? {}, out: out.text, err: err.text };
}
