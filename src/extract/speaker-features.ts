/**
 * Candidate speakers of one quotation, with features, for the learned decision "is this who said
 * it": the hand rules' choice and the step that made it (quotes.ts), the people and organisations
 * named near the quotation (same sentence, the one before or after, the paragraph), the speaker of
 * the quotation before, and nobody. Features say where each candidate stands, whether a verb of
 * saying is next to it, and what kind of quotation it is (a fragment in the reporter's sentence, a
 * whole sentence, a continuation).
 */
import type { ActorTable } from './actor-table.ts';
import { attributionSubject, publicationName, PUBLICATION_NOUNS } from './attribution-subject.ts';
import { sentenceAt, tokenAt, type Article } from './context.ts';
import { bucketed, featureName } from './learned/linear.ts';
import { pronounFits } from './given-names.ts';
import type { QuoteSpan } from './quote-marks.ts';
import type { Attribution } from './speakers.ts';
import { definiteNouns, fewCapitalisedWords, governingVerb, mentionGrammar, personGender, pronounNear, roleWords, SPOKES, speechVerbNear } from './speaker-cues.ts';
import { anonymityNear, orgNounNear, pronounTakesUp, saidBy } from './speaker-said-by.ts';
import { firstMentionFrom, orgAnaphorOpens, relativeSayer, subjectFeatures, type SubjectCues } from './speaker-subjects.ts';

/** One candidate: an actor, or nobody named (`actor` -1). */
export interface SpeakerOption {
  actor: number;
  features: string[];
}

/** What the quotation's attribution step knew. */
export interface QuoteContext {
  index: number;
  quote: QuoteSpan;
  rule: Attribution;
  step: string;
  /** The chosen speakers of the quotations before (-1 for nobody). */
  previous: number[];
  /** The quotation sits inside the reporter's sentence ("called it 'a disgrace'"). */
  embedded: boolean;
  /** The quotation is the title of a work ('her book, "Night Shift on the Ice,"'). */
  titled: boolean;
  /** The step that attributed the quotation before ("after", "previous-in-paragraph", …). */
  previousStep?: string;
}

/** The candidates of one quotation, each with its features. */
export function speakerOptions(article: Article, table: ActorTable, ctx: QuoteContext): SpeakerOption[] {
  const { quote: q, rule } = ctx;
  const quoteSentence = sentenceAt(article, q.open);
  const closeSentence = sentenceAt(article, Math.max(q.open, q.close - 1));
  const para = article.paragraphs[q.paragraph]!;
  // The quotation's words, split once (the count here, the capitalised ones at the end).
  const parts = article.body.slice(q.textStart, q.textEnd).split(/\s+/);
  const words = parts.filter(Boolean).length;
  const openTok = tokenAt(article, q.open);
  const closeTok = tokenAt(article, q.close);
  const sentenceStartTok = tokenAt(article, article.sentences[quoteSentence]!.start);
  const sentenceEndTok = tokenAt(article, article.sentences[closeSentence]!.end);
  // Bounded, so one enormous sentence costs the same per quotation as a normal one.
  const verbInSentence = speechVerbNear(article, Math.max(sentenceStartTok, openTok - 60), Math.min(sentenceEndTok, closeTok + 60));
  const quoteKind: string[] = [];
  if (words <= 3) quoteKind.push('short');
  else if (words <= 8) quoteKind.push('medium');
  if (ctx.embedded) quoteKind.push('embedded');
  // "replied that it would "not take lectures"": a fragment inside a sentence of saying is
  // someone's words, where a scare quote ("so-called "metadata"") has no verb of saying.
  if (ctx.embedded && verbInSentence) quoteKind.push('embedded&said');
  if (ctx.titled) quoteKind.push('titled');
  // "The union called it a "broken promise"", "X said the fees were "far too high"": a verb of
  // saying, thinking or labelling just before a fragment makes it the words of that verb's subject.
  const governed = ctx.embedded && governingVerb(article, openTok, sentenceStartTok);
  if (!verbInSentence) quoteKind.push('noVerb');
  if (!q.opened) quoteKind.push('unopened');
  if (q.continues !== undefined) quoteKind.push('continues');
  if (q.open === para.start || article.body.slice(para.start, q.open).trim() === '') quoteKind.push('opensParagraph');

  // "…," analysts said / the paper says: a common noun, not a name, says it.
  const said = verbInSentence ? attributionSubject(article, Math.max(sentenceStartTok, openTok - 60), Math.min(sentenceEndTok, closeTok + 60), openTok) : undefined;
  const publications = new Set<number>();
  const spokenTo = new Set<number>();
  const previous = ctx.previous[ctx.index - 1];
  const pronoun = pronounNear(article, openTok, closeTok);
  // "…," the statement said / said a guesthouse owner / Kim's lawyer said his client "…": a common
  // noun, not a name, says it; "she said" after "Another, a young woman …, said …" takes up no name.
  const by = saidBy(article, table, openTok, closeTok, sentenceStartTok, sentenceEndTok);
  const takesUp = pronoun && by === undefined ? pronounTakesUp(article, table, openTok, tokenAt(article, article.paragraphs[Math.max(0, q.paragraph - 1)]!.start), pronoun) : undefined;
  const unnamedBy = typeof by === 'string' ? by : typeof takesUp === 'string' ? `pronoun:${takesUp}` : undefined;
  const prevStart = article.sentences[Math.max(0, quoteSentence - 1)]!.start;
  const anonymous = anonymityNear(article.body.slice(prevStart, article.sentences[closeSentence]!.end));
  const ruleActor = rule.type === 'actor' ? rule.actor : -1;
  const anaphor = by === undefined && orgAnaphorOpens(article, sentenceStartTok, openTok);

  // Actors named near the quotation, with where.
  const near = new Map<number, Set<string>>();
  const note = (actor: number, tag: string): void => {
    const set = near.get(actor) ?? new Set<string>();
    set.add(tag);
    near.set(actor, set);
  };
  let lastBefore = -1;
  let lastOrg = -1;
  const subjects = new Set<number>();
  const namedInside = new Set<number>();
  const grammar = new Map<number, string>();
  // Only mentions from two paragraphs back to the end of this one matter (mentions are in body order).
  const from = Math.max(article.paragraphs[Math.max(0, q.paragraph - 2)]!.start, q.open - 2000);
  const to = Math.min(Math.max(para.end, article.sentences[Math.min(article.sentences.length - 1, closeSentence + 1)]!.end), q.close + 1000);
  const lo = firstMentionFrom(table, from);
  for (let i = lo; i < table.mentions.length && table.mentions[i]!.start < to; i++) {
    const m = table.mentions[i]!;
    // "Simon Taylor is an outstanding player": someone named inside the words is seldom who says them.
    if (m.quoted && m.start >= q.textStart && m.end <= q.textEnd) namedInside.add(m.actor);
    if (m.quoted) continue;
    const k = m.token;
    const s = article.tokenSentence[k]!;
    const inParagraph = m.start >= para.start && m.start < para.end;
    const before = m.start < q.open;
    if (before && table.actors[m.actor]!.kind === 'person') lastBefore = m.actor;
    if (m.start < q.open && table.actors[m.actor]!.kind === 'org') lastOrg = m.actor;
    let where: string | undefined;
    if (s >= quoteSentence && s <= closeSentence) where = before ? 'sent:before' : 'sent:after';
    else if (s === quoteSentence - 1) where = 'prevSent';
    else if (s === closeSentence + 1 && inParagraph) where = 'nextSent';
    else if (inParagraph && before) where = 'para:before';
    else if (inParagraph) where = 'para:after';
    else if (before && q.paragraph > 0 && m.start >= article.paragraphs[q.paragraph - 1]!.start) where = 'prevPara';
    if (!where) continue;
    let end = k;
    while (end < article.tokens.length && article.tokens[end]!.end <= m.end) end++;
    // How the mention nearest the quotation stands in its sentence: "Kenteris' lawyer X told …"
    // names Kenteris only as a possessor; "X told …" makes X the subject.
    const g = mentionGrammar(article, k, end);
    if (before || !near.has(m.actor)) grammar.set(m.actor, g);
    note(m.actor, where);
    // Who the sentences before are about: "The confident 23-year-old … he said" follows the
    // subject of those sentences, not a name merely listed in them.
    if (before && g === 'subject' && (where === 'prevSent' || where === 'para:before' || where === 'sent:before')) subjects.add(m.actor);
    // "Le Figaro newspaper", "Spanish daily ABC", "the Reuters agency": a publication named.
    const pubNext = article.tokens[end]?.lower;
    const pubPrev = article.tokens[k - 1]?.lower;
    if ((pubNext && PUBLICATION_NOUNS.has(pubNext)) || (pubPrev && PUBLICATION_NOUNS.has(pubPrev))) publications.add(m.actor);
    // "told the Sunday Times", "in an interview with Le Monde": a publication spoken to.
    let lead = k - 1;
    while (lead >= 0 && (article.tokens[lead]!.pos === 'DET' || PUBLICATION_NOUNS.has(article.tokens[lead]!.lower) || article.tokens[lead]!.pos === 'ADJ')) lead--;
    if (lead >= 0 && (article.tokens[lead]!.lower === 'told' || article.tokens[lead]!.pos === 'ADP')) spokenTo.add(m.actor);
    // "the Financial Times quoted an insider as saying": the publication passes on someone's words.
    const after = pubNext && PUBLICATION_NOUNS.has(pubNext) ? end + 1 : end;
    if (article.tokens[after]?.lower === 'quoted') spokenTo.add(m.actor);
    if (speechVerbNear(article, end, end + 2)) note(m.actor, 'verbAfter');
    if (speechVerbNear(article, k - 2, k - 1)) note(m.actor, 'verbBefore');
    // "said ABN Amro's Paul Mackel": the verb stands before the possessor of the name.
    if (/^['’]s$/.test(article.tokens[k - 1]?.text ?? '')) {
      let p = k - 2;
      while (p > 0 && k - p < 6 && /^\p{Lu}/u.test(article.tokens[p - 1]!.text)) p--;
      if (speechVerbNear(article, p - 2, p - 1)) note(m.actor, 'verbBeforePossessor');
    }
    const distance = before ? openTok - k : k - closeTok;
    note(m.actor, bucketed('dist', Math.max(0, distance), [3, 8, 20, 50]));
  }
  // "'…,' said X. Y, who …, disagreed. '…'": someone named between the quotation before and this
  // one, in the narration, may be the one now speaking; the speaker before may not be.
  const prior = ctx.index > 0 ? article.quotes[ctx.index - 1] : undefined;
  let interrupted = false;
  if (prior && prior.close < q.open && q.open - prior.close < 1500) {
    for (let i = lo; i < table.mentions.length && table.mentions[i]!.start < q.open; i++) {
      const m = table.mentions[i]!;
      if (m.quoted || m.start < prior.close || m.actor === previous || table.actors[m.actor]!.kind !== 'person') continue;
      note(m.actor, verbInSentence ? 'betweenQuotes' : 'betweenQuotes&noVerb');
      interrupted = true;
    }
  }
  if (lastBefore >= 0) note(lastBefore, 'lastPerson');
  // "…," the company said / it added: the organisation named last before takes the words.
  // Its name holding the noun ("the foundation" for Ava's Light Foundation) or standing as the
  // subject of the sentences before says which one.
  if (typeof by === 'string' && by.startsWith('org:')) {
    if (lastOrg >= 0) note(lastOrg, `orgTakesUp:${by}`);
    if (ruleActor >= 0 && table.actors[ruleActor]!.kind === 'org') note(ruleActor, 'orgTakesUp:rule');
    const noun = by === 'org:definite' ? orgNounNear(article, openTok, closeTok) : undefined;
    for (const actor of near.keys()) {
      if (table.actors[actor]!.kind !== 'org') continue;
      if (subjects.has(actor)) note(actor, 'orgTakesUp:subject');
      if (noun && [table.actors[actor]!.name, ...table.actors[actor]!.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(noun))) note(actor, 'orgTakesUp:named');
    }
  }
  if (ruleActor >= 0) note(ruleActor, 'rule');
  if (previous !== undefined && previous >= 0) note(previous, 'previousSpeaker');
  // "said the Spurs sporting director", "a spokesman for REM said": the rules found only a
  // description. A definite one usually takes up someone named before (whose role shares its
  // words); an organisation named inside it may be the one speaking.
  const description = rule.type === 'unnamed' ? rule.description.toLowerCase() : undefined;
  const definite = description !== undefined && /^(?:the|his|her|its|their)\s/.test(description);
  const descriptionWords = description ? description.split(/[^\p{L}]+/u).filter((w) => w.length > 3) : [];
  if (description) {
    table.actors.forEach((a, i) => {
      if (a.kind !== 'person' && [a.name, ...a.aliases].some((n) => n.length > 1 && description.includes(n.toLowerCase()))) {
        note(i, 'inDescription');
        // "a Fox spokesman", "a spokeswoman for the council": the organisation speaks.
        if (SPOKES.test(description)) note(i, 'inDescription&spokes');
      }
    });
  }

  // Who the quotation's own sentence names with a verb of saying ("But the FA confirmed: …").
  const explicit = (tags: Set<string>): boolean => (tags.has('sent:before') && tags.has('verbAfter')) || (tags.has('sent:after') && (tags.has('verbBefore') || tags.has('verbAfter')));
  const saidInSentence: number[] = [];
  for (const [actor, tags] of near) if (explicit(tags)) saidInSentence.push(actor);
  // "The coroner said …. "…," she said": a person whose role a definite description nearby names.
  const theNouns = definiteNouns(article, tokenAt(article, article.sentences[Math.max(0, quoteSentence - 1)]!.start), Math.min(sentenceEndTok, closeTok + 8));
  const cues: SubjectCues = { relative: relativeSayer(article, table, openTok, sentenceStartTok), anaphor, orgSaid: typeof by === 'string' && by.startsWith('org:'), pronoun: pronoun !== undefined, namedInside, subjects, lastOrg, saidInSentence: saidInSentence.length > 0 };
  const options: SpeakerOption[] = [];
  for (const [actor, tags] of near) {
    const f = new Set<string>(tags);
    const kind = table.actors[actor]!.kind;
    f.add(`kind=${kind}`);
    if (tags.has('rule')) {
      f.add(`rule&step=${ctx.step}`);
      // "The American delegation replied …": the rules resolved a description, a demonym or a
      // pronoun next to the quotation to someone named only in other sentences.
      if ((ctx.step === 'before' || ctx.step === 'after') && !tags.has('sent:before') && !tags.has('sent:after')) f.add('rule&resolved');
      for (const k of quoteKind) f.add(featureName('rule&', k));
      // "he said" resolved to someone named in another sentence.
      if (pronoun && !tags.has('sent:before') && !tags.has('sent:after')) f.add('rule&pronoun');
    }
    if (tags.has('previousSpeaker')) {
      if (ctx.previous.length > 0 && ctx.index > 0 && article.quotes[ctx.index - 1]!.paragraph === q.paragraph) f.add('previousSpeaker&samePara');
      if (interrupted) f.add(verbInSentence ? 'previousSpeaker&interrupted&verb' : 'previousSpeaker&interrupted');
      // How sure the speaker before was: named by its own words of saying, or itself carried on.
      if (ctx.previousStep) f.add(`previousSpeaker&prevStep=${ctx.previousStep}`);
      if (prior && prior.paragraph !== q.paragraph) {
        f.add('previousSpeaker&newPara');
        if (!verbInSentence) f.add('previousSpeaker&newPara&noVerb');
      }
      for (const k of quoteKind) f.add(featureName('previousSpeaker&', k));
    }
    // Someone else is named as saying it in the quotation's own sentence: the speaker before, or
    // a name merely nearby, gives way.
    if (!explicit(tags) && saidInSentence.some((a) => a !== actor)) f.add(tags.has('previousSpeaker') ? 'previousSpeaker&otherSaid' : 'otherSaid');
    if (tags.has('sent:before') && tags.has('verbAfter')) f.add('sent:before&verbAfter');
    if (tags.has('sent:after') && (tags.has('verbBefore') || tags.has('verbAfter'))) f.add('sent:after&verb');
    if (tags.has('prevSent') && tags.has('verbAfter')) f.add('prevSent&verbAfter');
    // "'…,' said X. After the match Y warned that …. '…'": named with words of saying between the two.
    if ((tags.has('betweenQuotes') || tags.has('betweenQuotes&noVerb')) && tags.has('verbAfter') && grammar.get(actor) === 'subject') f.add('betweenQuotes&says');
    const role = table.actors[actor]!.role;
    if (role) f.add('hasRole');
    if (role && kind === 'person' && roleWords(role).some((w) => theNouns.has(w))) f.add(typeof unnamedBy === 'string' && unnamedBy.endsWith('person:definite') ? 'roleAsThe&says' : 'roleAsThe');
    const publication = kind !== 'person' && (publications.has(actor) || publicationName(table.actors[actor]!.name));
    const g = grammar.get(actor);
    if (g) f.add(`mention:${g}`);
    // "said Le Figaro newspaper", "… ABC accuses …," the paper says: the publication speaks (but
    // not "she told Time magazine", where it is spoken to).
    if (publication && g !== 'object' && !spokenTo.has(actor) && (explicit(tags) || said === 'publication')) f.add('publication&said');
    // "Unilever … after reporting "unsatisfactory" earnings": the subject of the quotation's own
    // sentence owns a fragment in it more often than anyone named elsewhere.
    if (g === 'subject' && tags.has('sent:before')) for (const k of quoteKind) f.add(featureName('sentSubject&', k));
    if (governed && g === 'subject' && tags.has('sent:before')) f.add('sentSubject&governed');
    for (const k of quoteKind) f.add(featureName(featureName(kind, '&'), k));
    if (description) {
      f.add(definite ? 'ruleUnnamed:definite' : 'ruleUnnamed:indefinite');
      if (role && descriptionWords.some((w) => role.toLowerCase().includes(w))) f.add('roleMatchesDescription');
      if (definite && tags.has('previousSpeaker')) f.add('definite&previousSpeaker');
      if (definite && tags.has('lastPerson')) f.add('definite&lastPerson');
      // "George Michael told … the singer said": a definite description takes up the person the
      // sentences before are about.
      if (definite && kind === 'person' && subjects.has(actor)) f.add('definite&subject');
    }
    if (pronoun && kind === 'person') {
      const fits = pronounFits(pronoun, personGender(article, table, actor));
      f.add(fits ? 'pronounFits' : 'pronounClashes');
      // "… as the likes of X. The 23-year-old … 'I'm …,' he said": "he" takes up the person the
      // sentences before are about, not a name they merely list.
      if (fits && subjects.has(actor)) f.add('pronoun&subject');
      if (tags.has('rule') && g && g !== 'subject') f.add(`pronoun&rule&${g}`);
    }
    if (unnamedBy && kind === 'person') f.add(tags.has('rule') ? 'rule&unnamedSays' : 'unnamedSays');
    // "X, of the group Y, said …. "…," she said": the pronoun takes up who said the sentence before.
    if (takesUp === actor) f.add('pronounTakesUp');
    if (by === actor) f.add('saidByName');
    else if (typeof by === 'number') f.add('saidByOther');
    subjectFeatures(f, actor, kind, cues, tags, g);
    options.push({ actor, features: [...f] });
  }
  const none = new Set<string>(['none']);
  if (rule.type !== 'actor') {
    none.add(`none&rule=${rule.type}`);
    none.add(`none&step=${ctx.step}`);
  }
  for (const k of quoteKind) none.add(featureName('none&', k));
  if (near.size === 0) none.add('none&alone');
  // "…," US officials said: an unnamed group speaks, so nobody named does.
  if (said === 'group') none.add('none&groupSaid');
  if (unnamedBy) none.add(`none&saidBy:${unnamedBy}`);
  if (anonymous) none.add('none&anonymous');
  if (anaphor) none.add('none&orgAnaphor');
  if (description) none.add(definite ? 'none&unnamed:definite' : 'none&unnamed:indefinite');
  // "said a Fox spokesman", "the spokeswoman added": someone unnamed speaks for an organisation.
  if (description && SPOKES.test(description)) none.add('none&unnamed:spokes');
  // "A Question of Sport", "McLibel Two": a short quotation of capitalised words names something.
  if (fewCapitalisedWords(parts)) none.add('none&capitalised');
  options.push({ actor: -1, features: [...none] });
  return options;
}
