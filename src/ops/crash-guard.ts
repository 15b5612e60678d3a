/**
 * The last line of defence for a running bot: an exception or rejected promise that nothing
 * caught (a library's request handler reading a field of `null`, say) is logged with what it was
 * and counted, and the bot carries on answering. Every part already catches its own errors; this
 * is for the ones inside libraries that do not.
 */
import type { Logger } from '../log.ts';

/** Where process-level failures are announced: `process`, or an emitter in tests. */
export type FailureSource = Pick<NodeJS.EventEmitter, 'on' | 'off'>;

/**
 * Logs and survives uncaught exceptions and unhandled rejections until the returned function
 * removes the guard (at the end of a stop, so a failure while stopping is still caught).
 */
export function guardProcess(logger: Logger, onFailure: (kind: 'exception' | 'rejection') => void = () => undefined, source: FailureSource = process): () => void {
  const exception = (error: unknown) => {
    onFailure('exception');
    logger.error({ err: error }, 'an unexpected error escaped a handler; the bot carries on');
  };
  const rejection = (reason: unknown) => {
    onFailure('rejection');
    logger.error({ err: reason }, 'an unexpected promise rejection escaped a handler; the bot carries on');
  };
  source.on('uncaughtException', exception);
  source.on('unhandledRejection', rejection);
  return () => {
    source.off('uncaughtException', exception);
    source.off('unhandledRejection', rejection);
  };
}
