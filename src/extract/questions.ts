/**
 * Open questions: what the article itself says is not known — undisclosed, unknown, unclear,
 * unverified, not commented on, declined to say, remains to be seen, "whether … or …", or a
 * question the article asks outright. Forecasts and hedges ("could", "is expected to", "no
 * guarantee") are not open questions, so none of those words is a trigger.
 */
import type { ExtractedQuestion } from '../briefing/extraction.ts';
import type { Article } from './context.ts';

/** Phrases that make a sentence an open question. Each is general English, not story-specific. */
const TRIGGERS: RegExp[] = [
  /\b(?:remains?|remained|is|are|was|were|be|been)\s+(?:still\s+|partially\s+|largely\s+|partly\s+)?(?:undisclosed|unknown|unclear|unconfirmed|unverified|uncertain|unexplained|unanswered|unresolved|a mystery|an open question)\b/i,
  /\b(?:undisclosed|unverified|unconfirmed)\b/i,
  /\b(?:it\s+(?:is|was|remains|remained)\s+)?(?:not|un)\s*(?:yet\s+|immediately\s+)?(?:clear|known)\s+(?:whether|if|how|why|what|who|when|where)\b/i,
  /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?being\s+investigated\b/i,
  /\b(?:gave|give|gives|given|offered|provided)\s+no\s+(?:details|reason|explanation|timeline|timetable|date|figure|indication)\b/i,
  /\bno\s+(?:reason|explanation|details|timeline|timetable|date|figure|motive)\s+(?:was|were|has been|have been|had been)\s+(?:given|offered|provided|disclosed|released|announced)\b/i,
  /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:taken|stated|given|set out)\s+(?:a\s+|any\s+)?(?:public\s+|clear\s+)?(?:position|stance|view)\b/i,
  /\bneither\s+confirm(?:ed|s)?\s+nor\s+den(?:y|ied|ies)\b/i,
  /\bunclear\b/i,
  /\bremains? to be seen\b/i,
  /\b(?:did|does|do|would|could)\s+not\s+(?:specify|say|disclose|reveal|elaborate|explain|confirm|give (?:a |any )?(?:direct |clear )?(?:answer|details|specifics))\b/i,
  /\b(?:didn[’']t|doesn[’']t|don[’']t|won[’']t|wouldn[’']t)\s+(?:really\s+)?(?:say|specify|disclose|reveal|know|explain|elaborate)\b/i,
  /\b(?:do|does|did)\s+not\s+(?:really\s+)?know\b/i,
  /\b(?:declined|refused)\s+to\s+(?:say|comment|specify|elaborate|disclose|confirm|name|give|identify|discuss)\b/i,
  /\bno\s+(?:further\s+)?details\s+(?:were|have been|had been|was)\b/i,
  /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:publicly\s+)?(?:commented|responded|explained|disclosed|confirmed|revealed|specified)\b/i,
  // "has not said how much", not "we have not said yes".
  /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:publicly\s+)?said\s+(?:whether|if|how|what|when|where|why|who|which)\b/i,
  /\b(?:neither|no one|nobody|none)\b[^.?!]{0,60}\b(?:has|have|had)\s+(?:yet\s+)?(?:publicly\s+)?(?:commented|responded|explained|disclosed|confirmed|revealed|said)\b/i,
  /\bno\s+(?:official\s+)?comment\b/i,
  /\b(?:did|does|has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond|responded|reply|replied)\s+to\s+(?:a\s+|several\s+|repeated\s+)?requests?\s+for\s+comment/i,
  /\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?under\s+(?:investigation|review)\b/i,
  // "Nobody at the dealership can tell me when …".
  /\b(?:nobody|no one|none of them)\b[^.?!]{0,40}\b(?:can|could|would|will)\s+(?:tell|say)\b[^.?!]{0,12}\b(?:when|whether|if|how|why|what|where|who)\b/i,
  // "the study does not settle the question".
  /\b(?:does|did|do|has|have)\s+not\s+(?:settle|answer|resolve)d?\s+(?:the|that|this)\s+question\b/i,
  /\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)\b/i,
  /\bcannot\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b/i,
  // "had not been able to verify reports", "were unable to confirm".
  /\b(?:(?:not|never)\s+(?:yet\s+)?(?:been\s+)?able|unable)\s+to\s+(?:independently\s+)?(?:verify|confirm|determine|establish|identify|say|explain)\b/i,
  // "investigators were still trying to determine whether …".
  /\b(?:still|are|is|were|was)\s+(?:trying|working|seeking|attempting)\s+to\s+(?:determine|find out|work out|(?:establish|understand|identify|confirm|verify)\s+(?:whether|if|how|why|what|who|when|where|the (?:cause|source|identity|extent|motive)))\b/i,
  /\btoo\s+(?:soon|early)\s+to\s+(?:say|tell|know|judge|determine)\b/i,
  /\bjury\s+(?:is|was)\s+(?:still\s+)?out\b/i,
  /\bif\s+(?:confirmed|true|verified|authentic)\b/i,
  /\bquestions?\s+(?:remain|remained|persist)\b/i,
  /\b(?:is|are|was|were|has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:publicly\s+)?(?:disclosed|revealed|announced|released|made public|specified|identified|set|determined|known|confirmed|estimated|assessed|established|answered|explained)\b/i,
  /\b(?:could|can|would|did)\s*(?:not|n[’']t)\s+(?:give|provide|offer|share)\s+(?:any\s+)?(?:further|more|additional|other)?\s*(?:details|information|specifics)\b/i,
  /\b(?:keeping|keep|keeps|kept)\s+an\s+open\s+mind\b/i,
  /\b(?:would|will|could)\s+not\s+(?:immediately\s+)?(?:say|comment|specify|disclose|reveal|elaborate|confirm|name|identify|speculate|put a (?:figure|number|date|price))\b/i,
  /\b(?:won[’']t|wouldn[’']t|declined to|refused to)\s+speculate\b/i,
  /\b(?:did|does|do)\s+not\s+put\s+a\s+(?:figure|number|date|price)\b/i,
  // "the cause has yet to be determined", "police have yet to identify the driver".
  /\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:be\s+(?:determined|established|identified|confirmed|explained|disclosed|released|announced|made public|named|set|verified|found|known)|(?:say|explain|disclose|confirm|reveal|comment|identify|determine|specify|establish|name))\b/i,
  // "there was no word on when …", "no indication of how many …".
  /\bno\s+(?:word|indication|information|explanation|update)\s+(?:on|of|about|as\s+to|yet\s+on)\s+(?:whether|if|how|why|what|who|when|where|which|the)\b/i,
  /\bthere\s+(?:is|was|has been|had been)\s+no\s+(?:word|indication|explanation|timetable|timeline|details|information)\b/i,
  // "their value would not be made public", "the victims will not be named".
  /\b(?:will|would)\s+not\s+be\s+(?:made public|disclosed|revealed|named|identified|published)\b/i,
  /\b(?:could|can|cannot)\s*(?:not\s+)?be\s+(?:immediately\s+)?(?:determined|established)\b/i,
  /\bno\s+way\s+(?:of|to)\s+(?:knowing|know|verifying|verify|confirming|confirm|telling|tell)\b/i,
  /\b(?:is|was|remains|remained)\s+not\s+(?:yet\s+|immediately\s+)?clear\b(?!-)(?!\s+(?:that|to)\b)/i,
  /\b(?:has|have|had|is|are|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?independently\s+(?:verified|confirmed)\b/i,
  /\blittle\s+(?:is|was)\s+(?:yet\s+)?known\b/i,
  /\b(?:no one|nobody)\s+(?:yet\s+|really\s+)?knows\b/i,
  /\bimpossible\s+to\s+(?:say|know|tell|verify|confirm)\b/i,
  /\b(?:would|will|could)\s+not\s+be\s+drawn\s+(?:on|into)\b|\b(?:declined|refused)\s+to\s+be\s+drawn\b/i,
  /\bwithout\s+(?:giving|providing|offering)\s+(?:any\s+)?(?:further\s+)?(?:details|a reason|an explanation|a timetable|a date|specifics)\b/i,
  /\b(?:gave|give|gives|given|offered|provided)\s+no\s+(?:further|more|other|immediate)\s+(?:details|explanation|information)\b/i,
  /\b(?:did|does|do)\s+not\s+(?:immediately\s+)?(?:identify|name)\s+(?:the|a|any|who|which)\b/i,
  /\bunder\s+wraps\b/i,
  /\b(?:could|can)\s*(?:not|n[’']t)\s+be\s+reached\s+for\s+comment\b|\b(?:did|does)\s*(?:not|n[’']t)\s+(?:immediately\s+)?return\s+(?:calls|messages|emails|a\s+(?:call|message|request))/i,
  /\bwhether\b(?!\s+or\s+not)[^.?!]{3,160}?\bor\b(?!\s+not\b)[^.?!]{3,}/i,
];

/**
 * All triggers as one pattern: most sentences hold none, and one scan rejects them faster than
 * trying each trigger in turn. Only a sentence that passes is tried trigger by trigger.
 */
const ANY_TRIGGER = new RegExp(TRIGGERS.map((re) => `(?:${re.source})`).join('|'), 'i');

/** "will decide whether to strike or wait": a choice someone is due to make, not an unknown. */
const CHOICE = /\b(?:decide|decides|decided|deciding|choose|chooses|chose|vote|votes|voted|voting)\b[^.?!]{0,30}\bwhether\s+to\b/i;

/** Clause boundaries inside a sentence, for sentences that hold two separate open questions. */
const CLAUSE_BREAK = /,\s+(?:and|but|while)\s+|;\s+/g;

/** Words that mark a "whether … or …" clause as someone's choice or a forecast, not an unknown. */
const NOT_OPEN = /\b(?:whether or not|regardless of whether)\b/i;

/** Finds the open questions of an article. */
export function findQuestions(article: Article): ExtractedQuestion[] {
  const out: ExtractedQuestion[] = [];
  for (const [index, sentence] of article.sentences.entries()) {
    const text = sentence.text;
    if (text.length > 1500) continue;
    let why: string | undefined;
    if (ANY_TRIGGER.test(text)) for (const re of TRIGGERS) {
      const m = re.exec(text);
      if (m && !(re.source.startsWith('\\bwhether') && (NOT_OPEN.test(text) || CHOICE.test(text)))) {
        why = m[0].length > 60 ? m[0].slice(0, 60).trim() + '…' : m[0];
        break;
      }
    }
    if (!why && text.trim().endsWith('?') && !insideQuote(article, sentence.start, sentence.end) && !answeredNext(article, index)
      && !interviewerAsks(article, sentence.start)) {
      why = 'asked outright';
    }
    if (!why) continue;
    const clauses = openClauses(text);
    const asks = clauses.length > 1 ? [] : twoUnknowns(text);
    if (clauses.length > 1) for (const clause of clauses) out.push({ text: clause.text, why: clause.why, cites: [sentence.id] });
    else if (asks.length > 1) for (const ask of asks) out.push({ text: ask, why, cites: [sentence.id] });
    else out.push({ text, why, cites: [sentence.id] });
  }
  return out;
}

/** "have not said how the pair chose their targets, or where the drugs were sold": two unknowns. */
const TWO_UNKNOWNS = /^(.*?\b(?:not\s+(?:yet\s+)?(?:said|disclosed|revealed|explained|specified|confirmed|determined)|unclear|not\s+(?:yet\s+)?(?:clear|known)|declined\s+to\s+say|(?:would|did|could)\s+not\s+say))\s+(how|why|where|when|what|who|which)\b(.*?),?\s+(?:or|and)\s+((?:how|why|whether|where|when|what|who|which)\b.*)$/i;

function twoUnknowns(text: string): string[] {
  const m = TWO_UNKNOWNS.exec(text);
  if (!m) return [];
  const [, lead, wh, first, second] = m;
  return [`${lead} ${wh}${first}`.trim(), `${lead} ${second}`.trim().replace(/[.,;]$/, '')];
}

function triggerIn(text: string): string | undefined {
  for (const re of TRIGGERS) {
    const m = re.exec(text);
    if (m && !(re.source.startsWith('\\bwhether') && (NOT_OPEN.test(text) || CHOICE.test(text)))) return m[0];
  }
  return undefined;
}

/**
 * "The company did not disclose X, and the chief executive declined to say Y": two open
 * questions in one sentence, one per clause. Returns the clauses that each hold a trigger.
 */
function openClauses(text: string): Array<{ text: string; why: string }> {
  const parts = text.split(CLAUSE_BREAK);
  if (parts.length < 2) return [];
  const found: Array<{ text: string; why: string }> = [];
  for (const part of parts) {
    const why = triggerIn(part);
    if (why) found.push({ text: part.trim().replace(/[.,;]$/, ''), why });
  }
  return found;
}

/** "Q: What was the hardest part?": in an interview the questions are the interviewer's, and answered. */
const INTERVIEW_QUESTION = /^\s*(?:Q|Question)\s*[:.]\s/;

function interviewerAsks(article: Article, offset: number): boolean {
  const paragraph = article.paragraphs.find((p) => p.start <= offset && offset < p.end);
  return paragraph !== undefined && INTERVIEW_QUESTION.test(paragraph.text);
}

/** "So why …? Because …": a question the article answers at once is rhetorical. */
function answeredNext(article: Article, index: number): boolean {
  const next = article.sentences[index + 1];
  return next !== undefined && /^(?:because|the answer\b|simple\b|easy\b)/i.test(next.text.trim());
}

/** True when any quotation overlaps `[start, end)` (binary search: quotes are in body order). */
function insideQuote(article: Article, start: number, end: number): boolean {
  const quotes = article.quotes;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.close <= start) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q !== undefined && q.open < end;
}
