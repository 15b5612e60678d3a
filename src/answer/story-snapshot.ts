/**
 * The story index as bytes, so one process's build serves the next: a lone `brief ask "why …"`
 * at 10,000 briefings reads it in a few tens of milliseconds instead of reading every outline and
 * tokenizing every story's words (seconds). Layout: a format number, a JSON header (slugs, terms,
 * postings per term), each story's naming-words digest (16 bytes), then every term's postings as
 * varints — the gap to the previous story number, doubled, plus one when the term names the story
 * only among its actors.
 */

/** Bump when the bytes or the story index's terms change meaning (the tokenizer of src/answer/words.ts included). */
export const SNAPSHOT_FORMAT = 2;
/** Bytes of a story's naming-words digest. */
export const DIGEST_BYTES = 16;

/** The parts of a story index the snapshot holds: each term's stories (ascending) and weights, which are one of `Weights`. */
export interface SnapshotParts {
  slugs: string[];
  terms: string[];
  postings: Map<string, { stories: Int32Array; weights: Float32Array }>;
  digests: Buffer;
}

/** A term's weight where it names a story in its headline, aliases or slug, and where only among its actors. */
export interface Weights {
  headline: number;
  actor: number;
}

function pushVarint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
}

export function encodeSnapshot(parts: SnapshotParts, weights: Weights): Buffer {
  const counts = parts.terms.map((t) => parts.postings.get(t)!.stories.length);
  const header = Buffer.from(JSON.stringify({ slugs: parts.slugs, terms: parts.terms, counts }));
  const body: number[] = [];
  const chunks: Buffer[] = [];
  for (const term of parts.terms) {
    const p = parts.postings.get(term)!;
    let previous = -1;
    for (let k = 0; k < p.stories.length; k++) {
      const story = p.stories[k]!;
      pushVarint(body, (story - previous) * 2 + (p.weights[k] === weights.headline ? 0 : 1));
      previous = story;
    }
    if (body.length > 1 << 16) chunks.push(Buffer.from(body.splice(0)));
  }
  chunks.push(Buffer.from(body));
  const head = Buffer.alloc(8);
  head.writeUInt32LE(SNAPSHOT_FORMAT, 0);
  head.writeUInt32LE(header.length, 4);
  return Buffer.concat([head, header, parts.digests, ...chunks]);
}

/** The snapshot's parts (each term's arrays are views of two shared ones), or undefined when the bytes are of another format or do not add up. */
export function decodeSnapshot(data: Buffer, weights: Weights): SnapshotParts | undefined {
  if (data.length < 8 || data.readUInt32LE(0) !== SNAPSHOT_FORMAT) return undefined;
  const headerEnd = 8 + data.readUInt32LE(4);
  let header: { slugs: string[]; terms: string[]; counts: number[] };
  try {
    header = JSON.parse(data.toString('utf8', 8, headerEnd)) as typeof header;
  } catch {
    return undefined;
  }
  const { slugs, terms, counts } = header;
  if (!Array.isArray(slugs) || !Array.isArray(terms) || !Array.isArray(counts) || terms.length !== counts.length) return undefined;
  const digestsEnd = headerEnd + slugs.length * DIGEST_BYTES;
  if (digestsEnd > data.length) return undefined;
  const total = counts.reduce((sum, n) => sum + n, 0);
  const allStories = new Int32Array(total);
  const allWeights = new Float32Array(total);
  const postings = new Map<string, { stories: Int32Array; weights: Float32Array }>();
  let at = digestsEnd;
  let k = 0;
  for (const [t, term] of terms.entries()) {
    const start = k;
    let story = -1;
    for (let end = k + counts[t]!; k < end; k++) {
      let value = 0;
      let scale = 1;
      let byte: number;
      do {
        if (at >= data.length) return undefined;
        byte = data[at++]!;
        value += (byte & 0x7f) * scale;
        scale *= 0x80;
      } while (byte & 0x80);
      story += Math.floor(value / 2);
      if (story >= slugs.length) return undefined;
      allStories[k] = story;
      allWeights[k] = value & 1 ? weights.actor : weights.headline;
    }
    postings.set(term, { stories: allStories.subarray(start, k), weights: allWeights.subarray(start, k) });
  }
  if (at !== data.length) return undefined;
  return { slugs, terms, postings, digests: data.subarray(headerEnd, digestsEnd) };
}
