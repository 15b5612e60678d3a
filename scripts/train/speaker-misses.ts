/**
 * Debug aid for the speaker decision: five-fold cross-validation on the training part, and every
 * wrong speaker of a found quotation sorted by kind — the labelled speaker was never a candidate
 * (candidate generation, or the person was not found) or was one and the ranker chose another
 * (features). Each miss lists the candidates with their scores and the hand rules' step, and the
 * misses are counted per section by what kind of mistake they are (missKind).
 * `node bin/run.js scripts/train/speaker-misses.ts [missing|ranked] [--only=<id part>] [--features]`
 */
import { fold } from '../../src/briefing/text.ts';
import { logit } from '../../src/extract/learned/linear.ts';
import { speakerMatches } from './data.ts';
import { eachHeldOut, missOptions } from './held-out.ts';

/**
 * The kind of a wrong speaker, from the labelled and the chosen candidate: nobody wanted or nobody
 * chosen, an organisation for a person or the reverse, the speaker of the quotation before kept,
 * a person who spoke earlier (not just before) returning, two people sharing a surname, a pronoun
 * resolved to the wrong person, or another person.
 */
function missKind(want: string | null, got: string | null, gotFeatures: string[], wantFeatures: string[] | undefined, wantPerson: boolean, earlier: Set<string>): string {
  if (want === null) return 'wanted nobody';
  if (got === null) return 'chose nobody';
  const gotPerson = gotFeatures.includes('kind=person');
  if (!wantPerson) return gotPerson ? 'org wanted, person chosen' : 'other org';
  if (!gotPerson) return 'person wanted, org chosen';
  const last = (n: string): string => n.split(/\s+/).at(-1)!.toLowerCase();
  if (last(want) === last(got)) return 'shared surname';
  if (gotFeatures.includes('previousSpeaker')) return earlier.has(want) ? 'returning speaker (previous kept)' : 'previous speaker kept';
  if (earlier.has(want)) return 'returning speaker';
  if (gotFeatures.includes('pronounFits') || wantFeatures?.includes('pronounFits')) return 'pronoun';
  return 'other person';
}

const { kind, only, features: showFeatures } = missOptions();
const counts = new Map<string, { missing: number; ranked: number; right: number }>();
const kinds = new Map<string, Map<string, number>>();
eachHeldOut((a, x, trace, models) => {
  const row = counts.get(a.section) ?? { missing: 0, ranked: 0, right: 0 };
  counts.set(a.section, row);
  for (const label of a.labels.quotes) {
    const needle = fold(label.starts_with);
    // As the scorer: every quotation holding the label's start counts, and any right one is right;
    // the miss shown is the one that starts with it ("victory" is not "Nothing short of victory").
    const hits = x.quotes.filter((q) => fold(q.text).includes(needle));
    if (hits.length === 0) continue;
    const agrees = (h: (typeof hits)[number]): boolean => speakerMatches(a.labels, label.speaker, h.speaker, x.actors.find((p) => p.name === h.speaker)?.aliases ?? []);
    if (hits.some(agrees)) {
      row.right++;
      continue;
    }
    const hit = hits.find((q) => fold(q.text).startsWith(needle)) ?? hits[0]!;
    const holding = trace.speakers.filter((c) => fold(c.quote).includes(needle));
    const starting = holding.filter((c) => fold(c.quote).startsWith(needle));
    const options = starting.length > 0 ? starting : holding;
    const good = options.some((c) => speakerMatches(a.labels, label.speaker, c.speaker, c.aliases));
    row[good ? 'ranked' : 'missing']++;
    const chosen = options.find((c) => c.speaker === hit.speaker);
    const wanted = options.find((c) => speakerMatches(a.labels, label.speaker, c.speaker, c.aliases));
    const earlier = new Set(a.labels.quotes.slice(0, a.labels.quotes.indexOf(label) - 1).map((q) => q.speaker).filter((s): s is string => s !== null));
    const what = missKind(label.speaker, hit.speaker, chosen?.features ?? [], wanted?.features, a.labels.people.some((p) => p.name === label.speaker), earlier);
    const perSection = kinds.get(a.section) ?? new Map<string, number>();
    kinds.set(a.section, perSection);
    perSection.set(what, (perSection.get(what) ?? 0) + 1);
    if ((kind && kind !== (good ? 'ranked' : 'missing')) || (only && !a.id.includes(only))) continue;
    const step = options.flatMap((c) => c.features).find((f) => f.startsWith('rule&step=')) ?? '';
    console.log(`${good ? 'RANKED ' : 'MISSING'} ${a.id} "${label.starts_with.slice(0, 50)}": got ${hit.speaker}, want ${label.speaker} ${step} [${what}]`);
    for (const c of options) {
      const z = models.speaker ? logit(models.speaker, c.features) : 0;
      const mark = speakerMatches(a.labels, label.speaker, c.speaker, c.aliases) ? '*' : ' ';
      console.log(`    ${mark} ${z.toFixed(2).padStart(6)} ${c.speaker ?? '(nobody)'}${showFeatures ? `  ${c.features.join(' ')}` : ''}`);
    }
  }
});
const all = [...counts.values()].reduce((a, r) => ({ right: a.right + r.right, ranked: a.ranked + r.ranked, missing: a.missing + r.missing }), { right: 0, ranked: 0, missing: 0 });
console.log(`all: speaker accuracy ${(all.right / (all.right + all.ranked + all.missing)).toFixed(4)} (${all.right}/${all.right + all.ranked + all.missing})`);
for (const [section, row] of counts) console.log(`${section.padEnd(15)} right ${row.right}  ranker chose another ${row.ranked}  not among candidates ${row.missing}`);
const names = [...new Set([...kinds.values()].flatMap((m) => [...m.keys()]))].sort();
console.log(`\nmisses by kind: ${['section'.padEnd(15), ...names.map((n, i) => `k${i}`.padStart(4))].join(' ')}`);
for (const [section, m] of kinds) console.log(`                ${section.padEnd(15)} ${names.map((n) => String(m.get(n) ?? 0).padStart(4)).join(' ')}`);
names.forEach((n, i) => console.log(`  k${i} ${n}`));
