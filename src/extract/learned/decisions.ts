/** The learned models an extraction uses, and the trace it fills for training (when given one). */
import type { Models } from './models.ts';
import type { Trace } from './trace.ts';

/** What the learned steps of one extraction read and write. */
export interface Decisions {
  models: Models;
  trace?: Trace;
}
