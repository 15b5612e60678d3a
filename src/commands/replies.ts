/**
 * Small reply builders the commands share.
 */
import type { Reply } from '../answer/reply.ts';

/** An error reply a person can act on. */
export const errorReply = (code: 'bad_argument' | 'not_found' | 'forbidden', message: string): Reply => ({ kind: 'error', code, message });

/** A notice: a title and its lines. */
export const notice = (title: string, lines: string[]): Reply => ({ kind: 'notice', title, lines });
