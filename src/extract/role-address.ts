/**
 * The age and home a court or local report gives after a name ("Lee Hart, 34, of Moorside,", marked
 * "after:address" by role-candidates.ts) joined to what else the text says the person is ("roofer,
 * 34, of Moorside"): reports give the age and address as the person's introduction and what they
 * do elsewhere (the sentence before, the dock, a description in front), and a reader wants both.
 */
import type { RoleOption } from './role-candidates.ts';

/** Sources whose description says what a person is, and reads well before an age and address. */
const BASES = new Set<RoleOption['source']>([
  'subject', 'dock', 'front', 'plainFront', 'phrase', 'before', 'title', 'descriptor', 'lede', 'copula', 'bareCopula',
  'appositive', 'anaphor', 'resolved',
]);

/**
 * For each age-and-address candidate, one candidate more per description of another kind found
 * for the same person at the same mention or as a description taken up later ("The roofer …"):
 * the description, then the age and address ("roofer, 34, of Ribbleton"), tagged with the kind it
 * was built from, for the learned decision to weigh.
 */
export function addressJoined(options: RoleOption[]): void {
  const addresses = options.filter((o) => o.cues?.includes('after:address'));
  for (const address of addresses) {
    for (const base of options.filter((o) => BASES.has(o.source) && (o.occurrence === address.occurrence || o.source === 'anaphor'))) {
      if (base.text.split(/\s+/).length > 8 || base.text.includes(address.text)) continue;
      const text = `${base.text.replace(/^(?:the|a|an)\s+/i, '')}, ${address.text}`;
      if (options.some((o) => o.text === text)) continue;
      options.push({ ...base, source: 'address', text, occurrence: address.occurrence, cues: [`address&${base.source}`, ...(base.cues ?? [])] });
    }
  }
}
