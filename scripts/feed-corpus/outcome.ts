/**
 * What Brief made of one corpus file, as plain data that crosses from the worker that read it to
 * the harness that checks it: rejected with its reason, or the feed and items it produced.
 */

/** One item as Brief produced it (the fields a check can look at). */
export interface BriefItem {
  title: string;
  link?: string;
  guid?: string;
  published?: string;
  text: string;
  content?: string;
  author?: string;
}

/** The result of Brief's fetch → decode → parse path on one file. */
export interface BriefOutcome {
  /** `crashed`: something other than a feed error escaped (a bug); `hung`: no answer in time. */
  status: 'parsed' | 'rejected' | 'crashed' | 'hung';
  /** The one-line reason for `rejected`, or the error for `crashed`. */
  reason?: string;
  /** The feed error's kind for `rejected` (`parse`, `not-a-feed`, `reader`, `http`…). */
  kind?: string;
  encoding?: string;
  /** Where the charset came from (`bom`, `content-type`, `declaration`, `detected`…). */
  encodingFrom?: string;
  /** A declared charset the decoder did not use (unknown, or the bytes did not fit it). */
  encodingOverrode?: string;
  /** Some bytes were not valid in the charset used. */
  encodingMalformed?: boolean;
  feed?: { title?: string; link?: string; ttlMinutes?: number; notes: string[] };
  items?: BriefItem[];
  etag?: string;
  lastModified?: string;
  ms: number;
}
