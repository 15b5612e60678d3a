/**
 * The learned decisions of extraction, trained by `npm run train` from the corpus's training part
 * and kept in model.json (committed, versioned with EXTRACTOR_VERSION). A decision whose model is
 * missing falls back to the hand rule it replaced, so a fresh corpus can be trained step by step.
 */
import bundle from './model.json' with { type: 'json' };
import type { LinearModel } from './linear.ts';

/** Every learned decision. */
export interface Models {
  version: string;
  /** Is this name a person? One example per distinct name in an article. */
  person?: LinearModel;
  /** Is this description the person's role? One example per candidate description. */
  role?: LinearModel;
  /** Is this the speaker of this quotation? One example per candidate speaker. */
  speaker?: LinearModel;
  /** Does this sentence say something is not known? One example per sentence. */
  question?: LinearModel;
  /**
   * Words the training part writes mostly in lower case ("star", "cross", "lane"), folded and
   * sorted: a name made of them is more likely a title, a product or a street than a person.
   */
  commonWords?: string[];
}

/** The committed models. */
export function committedModels(): Models {
  return bundle as Models;
}
