/**
 * Something with a lifecycle. The composition root starts parts in order and stops them in reverse.
 */
export interface Part {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
