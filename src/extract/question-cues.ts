/**
 * Phrases that say something is not known: the open-question cues. Each is general English, not
 * tied to a story, and each entry carries a sentence it must match (an open question) and a near
 * miss it must not match; test/extract/question-cues.test.ts checks every entry. The cues are
 * features of the learned open-question decision (question-features.ts), not verdicts: a sentence
 * with a cue can still be judged a forecast or a hedge, and one without can still be judged open.
 */

/** One cue: a pattern, with an example it matches and a near miss it must not. */
export interface QuestionCue {
  id: string;
  pattern: RegExp;
  /** A sentence the pattern matches, in which something is said to be unknown. */
  example: string;
  /** A near miss: a sentence with similar words that the pattern must not match. */
  negative: string;
  note?: string;
}

export const QUESTION_CUES: readonly QuestionCue[] = [
  {
    id: 'remains-unknown',
    pattern: /\b(?:remains?|remained|is|are|was|were|be|been)\s+(?:still\s+|partially\s+|largely\s+|partly\s+)?(?:undisclosed|unknown|unclear|unconfirmed|unverified|uncertain|unexplained|unanswered|unresolved|a mystery|an open question)\b/i,
    example: 'The identity of the buyer who paid for the old harbour warehouse remains unknown, according to port officials.',
    negative: 'Port officials said the once unknown buyer of the old harbour warehouse is a local shipping firm.',
  },
  {
    id: 'undisclosed-or-unverified',
    pattern: /\b(?:undisclosed|unverified|unconfirmed)\b/i,
    example: 'The company bought the rival bakery chain for an undisclosed sum, a spokesman said on Monday.',
    negative: 'The company disclosed the price it paid for the bakery chain and said the figures had been verified by auditors.',
  },
  {
    id: 'not-clear-whether',
    pattern: /\b(?:it\s+(?:is|was|remains|remained)\s+)?(?:not|un)\s*(?:yet\s+|immediately\s+)?(?:clear|known)\s+(?:whether|if|how|why|what|who|when|where)\b/i,
    example: 'It was not immediately clear how many passengers were on board when the ferry ran aground.',
    negative: 'Officials said it was now clear how many passengers were on board when the ferry ran aground.',
  },
  {
    id: 'being-investigated',
    pattern: /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?being\s+investigated\b/i,
    example: 'The cause of the warehouse fire is still being investigated, and the owners have offered a reward for information.',
    negative: 'Detectives said the warehouse fire had been investigated and blamed on a faulty heater in the office.',
  },
  {
    id: 'gave-no-reason',
    pattern: /\b(?:gave|give|gives|given|offered|provided)\s+no\s+(?:details|reason|explanation|timeline|timetable|date|figure|indication)\b/i,
    example: 'The airline gave no reason for the cancellations, which left hundreds of travellers stranded overnight at the airport.',
    negative: 'The airline gave a detailed reason for the cancellations and said no flights would be affected on Friday.',
  },
  {
    id: 'no-reason-was-given',
    pattern: /\bno\s+(?:reason|explanation|details|timeline|timetable|date|figure|motive)\s+(?:was|were|has been|have been|had been)\s+(?:given|offered|provided|disclosed|released|announced)\b/i,
    example: 'No reason was given for the sudden closure of the border crossing on Thursday morning.',
    negative: 'No reason was needed for the closure, the minister said, because the border crossing was under water.',
  },
  {
    id: 'has-not-taken-a-position',
    pattern: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:taken|stated|given|set out)\s+(?:a\s+|any\s+)?(?:public\s+|clear\s+)?(?:position|stance|view)\b/i,
    example: 'The party has not yet taken a position on whether the fuel tax should be scrapped before the election.',
    negative: 'The party has not yet taken a vote, but its leader stated a clear position against the fuel tax.',
  },
  {
    id: 'neither-confirm-nor-deny',
    pattern: /\bneither\s+confirm(?:ed|s)?\s+nor\s+den(?:y|ied|ies)\b/i,
    example: 'The defence ministry would neither confirm nor deny that the missile had been fired from its territory.',
    negative: 'The defence ministry confirmed the missile test and did not deny that it had been fired from its territory.',
  },
  {
    id: 'unclear',
    pattern: /\bunclear\b/i,
    example: 'It is unclear who will run the hospital once the current management contract expires in March.',
    negative: 'The board made its plans for the hospital clear when it published next year’s budget on Monday.',
  },
  {
    id: 'remains-to-be-seen',
    pattern: /\bremains? to be seen\b/i,
    example: 'Whether the ceasefire will hold through the winter remains to be seen, diplomats in the capital said.',
    negative: 'The ceasefire line remains to the east of the river, where it can be seen from the town hall.',
  },
  {
    id: 'did-not-say',
    pattern: /\b(?:did|does|do|would|could)\s+not\s+(?:specify|say|disclose|reveal|elaborate|explain|confirm|give (?:a |any )?(?:direct |clear )?(?:answer|details|specifics))\b/i,
    example: 'The mayor did not say how much the new stadium would cost or who would pay for it.',
    negative: 'The mayor did not hesitate to say how much the new stadium would cost when asked by councillors.',
  },
  {
    id: 'didnt-say',
    pattern: /\b(?:didn[’']t|doesn[’']t|don[’']t|won[’']t|wouldn[’']t)\s+(?:really\s+)?(?:say|specify|disclose|reveal|know|explain|elaborate)\b/i,
    example: 'The club didn’t say when the injured striker would be fit to return to training.',
    negative: 'The club said it didn’t want to rush the injured striker back to training before the cup final.',
  },
  {
    id: 'do-not-know',
    pattern: /\b(?:do|does|did)\s+not\s+(?:really\s+)?know\b/i,
    example: 'Doctors said they do not know what caused the outbreak of food poisoning at the care home.',
    negative: 'Doctors said they did not need to know the residents’ names to trace the outbreak at the care home.',
  },
  {
    id: 'declined-to-say',
    pattern: /\b(?:declined|refused)\s+to\s+(?:say|comment|specify|elaborate|disclose|confirm|name|give|identify|discuss)\b/i,
    example: 'The bank declined to comment on how many of its branches it plans to close next year.',
    negative: 'The bank declined an offer to buy a rival lender and said it would close ten branches next year.',
  },
  {
    id: 'no-details-were-given',
    pattern: /\bno\s+(?:further\s+)?details\s+(?:were|have been|had been|was)\b/i,
    example: 'No further details were released about the two men arrested at the airport on Sunday.',
    negative: 'Police said further details were released about the two men arrested at the airport on Sunday.',
  },
  {
    id: 'has-not-commented',
    pattern: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:publicly\s+)?(?:commented|responded|explained|disclosed|confirmed|revealed|specified)\b/i,
    example: 'The energy company has not publicly commented on the gas leak, which residents reported last week.',
    negative: 'The energy company has not been slow to act: it confirmed the gas leak within an hour of the first call.',
  },
  {
    id: 'has-not-said-whether',
    pattern: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:publicly\s+)?said\s+(?:whether|if|how|what|when|where|why|who|which)\b/i,
    note: '"has not said how much", not "we have not said yes".',
    example: 'The government has not said how much the rescue of the regional airline will cost taxpayers.',
    negative: 'The government said it had not said no to the airline’s request and expected to agree a rescue by Friday.',
  },
  {
    id: 'nobody-has-commented',
    pattern: /\b(?:neither|no one|nobody|none)\b[^.?!]{0,60}\b(?:has|have|had)\s+(?:yet\s+)?(?:publicly\s+)?(?:commented|responded|explained|disclosed|confirmed|revealed|said)\b/i,
    example: 'Neither the landlord nor the letting agency has responded to the tenants’ complaints about damp in the flats.',
    negative: 'Nobody was hurt when the blaze spread through the top floor of the block on Friday night, and the landlord has said the tenants will be rehoused.',
  },
  {
    id: 'no-comment',
    pattern: /\bno\s+(?:official\s+)?comment\b/i,
    example: 'There was no official comment from the embassy on reports that one of its diplomats had been expelled.',
    negative: 'The broadcast carried no commentary, only pictures of the expelled diplomat leaving the embassy with his family.',
  },
  {
    id: 'no-reply-to-request-for-comment',
    pattern: /\b(?:did|does|has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond|responded|reply|replied)\s+to\s+(?:a\s+|several\s+|repeated\s+)?requests?\s+for\s+comment/i,
    example: 'The hotel chain did not respond to repeated requests for comment about the unpaid wages of its cleaners.',
    negative: 'The hotel chain did not respond to the strike at first but later replied to a request for comment with a statement.',
  },
  {
    id: 'under-investigation',
    pattern: /\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?under\s+(?:investigation|review)\b/i,
    example: 'The cause of the train derailment near the coast remains under investigation, the rail operator said.',
    negative: 'The rail operator said the derailment would be placed under investigation by an independent panel next week.',
  },
  {
    id: 'nobody-can-say-when',
    pattern: /\b(?:nobody|no one|none of them)\b[^.?!]{0,40}\b(?:can|could|would|will)\s+(?:tell|say)\b[^.?!]{0,12}\b(?:when|whether|if|how|why|what|where|who)\b/i,
    note: '"Nobody at the dealership can tell me when …".',
    example: 'Nobody at the water company could tell residents when the supply to their homes would be restored.',
    negative: 'Nobody at the water company can tell the difference between the old supply and the new one, engineers said.',
  },
  {
    id: 'does-not-settle-the-question',
    pattern: /\b(?:does|did|do|has|have)\s+not\s+(?:settle|answer|resolve)d?\s+(?:the|that|this)\s+question\b/i,
    note: '"the study does not settle the question".',
    example: 'The new study does not settle the question of whether the drug slows memory loss in older patients.',
    negative: 'The minister did not answer the questions from reporters, but her office later released the full figures.',
  },
  {
    id: 'could-not-verify',
    pattern: /\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)\b/i,
    example: 'The newspaper could not independently verify the footage, which appeared to show shelling near the dam.',
    negative: 'The newspaper said the footage could not have been faked and checked it with two witnesses near the dam.',
  },
  {
    id: 'cannot-be-verified',
    pattern: /\bcannot\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b/i,
    example: 'The casualty figures given by the rebels on Tuesday cannot be independently verified, aid agencies said.',
    negative: 'The casualty figures cannot be released until families are told, but they have been checked by the hospital.',
  },
  {
    id: 'unable-to-verify',
    pattern: /\b(?:(?:not|never)\s+(?:yet\s+)?(?:been\s+)?able|unable)\s+to\s+(?:independently\s+)?(?:verify|confirm|determine|establish|identify|say|explain)\b/i,
    note: '"had not been able to verify reports", "were unable to confirm".',
    example: 'Investigators have not been able to determine what caused the bridge over the river to collapse.',
    negative: 'Investigators were able to determine within hours that a corroded cable caused the bridge to collapse.',
  },
  {
    id: 'trying-to-determine',
    pattern: /\b(?:still|are|is|were|was)\s+(?:trying|working|seeking|attempting)\s+to\s+(?:determine|find out|work out|(?:establish|understand|identify|confirm|verify)\s+(?:whether|if|how|why|what|who|when|where|the (?:cause|source|identity|extent|motive)))\b/i,
    note: '"investigators were still trying to determine whether …".',
    example: 'Engineers are still trying to work out why the dam’s spillway gates failed to open during the storm.',
    negative: 'Engineers are working to repair the dam’s spillway gates, which failed to open during the storm last week.',
  },
  {
    id: 'too-early-to-say',
    pattern: /\btoo\s+(?:soon|early)\s+to\s+(?:say|tell|know|judge|determine)\b/i,
    example: 'Doctors said it was too early to say whether the boy would make a full recovery after the crash.',
    negative: 'Doctors said it was never too early to start physiotherapy after such a serious injury.',
  },
  {
    id: 'jury-is-out',
    pattern: /\bjury\s+(?:is|was)\s+(?:still\s+)?out\b/i,
    example: 'The jury is still out on whether the new bus lanes have cut journey times in the city centre.',
    negative: 'The jury was sent out to consider its verdict after the judge summed up the case on Tuesday afternoon.',
  },
  {
    id: 'if-confirmed',
    pattern: /\bif\s+(?:confirmed|true|verified|authentic)\b/i,
    example: 'If confirmed, the death of the rebel commander would be a major blow to the group, analysts said.',
    negative: 'If the army confirms the commander’s death, the group is expected to choose a new leader within days.',
  },
  {
    id: 'questions-remain',
    pattern: /\bquestions?\s+(?:remain|remained|persist)\b/i,
    example: 'Questions remain over who authorised the payments to the former director of the housing agency.',
    negative: 'The few questions remaining after the hearing were answered by the former director in a letter to the committee.',
  },
  {
    id: 'has-not-been-disclosed',
    pattern: /\b(?:is|are|was|were|has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:publicly\s+)?(?:disclosed|revealed|announced|released|made public|specified|identified|set|determined|known|confirmed|estimated|assessed|established|answered|explained)\b/i,
    example: 'The terms of the settlement between the two drug makers have not been disclosed.',
    negative: 'The terms of the settlement were announced on Friday, and the company has never been fined before.',
  },
  {
    id: 'could-not-give-details',
    pattern: /\b(?:could|can|would|did)\s*(?:not|n[’']t)\s+(?:give|provide|offer|share)\s+(?:any\s+)?(?:further|more|additional|other)?\s*(?:details|information|specifics)\b/i,
    example: 'A spokeswoman for the port could not give any further details about the cargo seized on Monday.',
    negative: 'The port could not offer shelter to the crew, but police shared full details of the cargo seized on Monday.',
  },
  {
    id: 'keeping-an-open-mind',
    pattern: /\b(?:keeping|keep|keeps|kept)\s+an\s+open\s+mind\b/i,
    example: 'Detectives said they were keeping an open mind about what caused the woman’s death at her home.',
    negative: 'Detectives said the woman kept an open door for her neighbours and was well known in the street.',
  },
  {
    id: 'would-not-say',
    pattern: /\b(?:would|will|could)\s+not\s+(?:immediately\s+)?(?:say|comment|specify|disclose|reveal|elaborate|confirm|name|identify|speculate|put a (?:figure|number|date|price))\b/i,
    example: 'The regulator would not say when it expects to finish its review of the proposed merger.',
    negative: 'The regulator said it would not block the merger and expects to finish its review by May.',
  },
  {
    id: 'would-not-speculate',
    pattern: /\b(?:won[’']t|wouldn[’']t|declined to|refused to)\s+speculate\b/i,
    example: 'The fire chief wouldn’t speculate on what started the blaze at the timber yard on Saturday.',
    negative: 'The fire chief said traders who speculate on timber prices had nothing to do with the blaze at the yard.',
  },
  {
    id: 'did-not-put-a-figure',
    pattern: /\b(?:did|does|do)\s+not\s+put\s+a\s+(?:figure|number|date|price)\b/i,
    example: 'The report did not put a figure on how many jobs could be lost if the steel plant closes.',
    negative: 'The report did not put a stop to rumours, but it said 300 jobs would be lost when the steel plant closes.',
  },
  {
    id: 'yet-to-be-determined',
    pattern: /\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:be\s+(?:determined|established|identified|confirmed|explained|disclosed|released|announced|made public|named|set|verified|found|known)|(?:say|explain|disclose|confirm|reveal|comment|identify|determine|specify|establish|name))\b/i,
    note: '"the cause has yet to be determined", "police have yet to identify the driver".',
    example: 'The cause of the blackout that hit the eastern suburbs has yet to be determined, the grid operator said.',
    negative: 'The grid operator has yet to restore power to about 200 homes, but says it knows what caused the blackout.',
  },
  {
    id: 'no-word-on',
    pattern: /\bno\s+(?:word|indication|information|explanation|update)\s+(?:on|of|about|as\s+to|yet\s+on)\s+(?:whether|if|how|why|what|who|when|where|which|the)\b/i,
    note: '"there was no word on when …", "no indication of how many …".',
    example: 'There was no word on when the trapped miners might be brought back to the surface.',
    negative: 'The mine company’s statement had no word of apology, but it said all twelve miners had been rescued.',
  },
  {
    id: 'there-was-no-word',
    pattern: /\bthere\s+(?:is|was|has been|had been)\s+no\s+(?:word|indication|explanation|timetable|timeline|details|information)\b/i,
    example: 'There has been no explanation for the delay in publishing the inquiry’s report on the flooding.',
    negative: 'There was no delay in publishing the inquiry’s report, which gave a detailed explanation of the failures.',
  },
  {
    id: 'will-not-be-made-public',
    pattern: /\b(?:will|would)\s+not\s+be\s+(?:made public|disclosed|revealed|named|identified|published)\b/i,
    note: '"their value would not be made public", "the victims will not be named".',
    example: 'The names of the two officers involved in the shooting will not be made public, the police force said.',
    negative: 'The police force said the two officers would not be suspended and that their names would be published on Monday.',
  },
  {
    id: 'cannot-be-determined',
    pattern: /\b(?:could|can|cannot)\s*(?:not\s+)?be\s+(?:immediately\s+)?(?:determined|established)\b/i,
    example: 'The number of people still inside the building when it collapsed could not be immediately determined.',
    negative: 'The number of people inside the building can now be established from the fire brigade’s records.',
  },
  {
    id: 'no-way-of-knowing',
    pattern: /\bno\s+way\s+(?:of|to)\s+(?:knowing|know|verifying|verify|confirming|confirm|telling|tell)\b/i,
    example: 'Relatives said they had no way of knowing whether the detainees were still alive.',
    negative: 'Relatives said there was no way to reach the prison by road, so they travelled there by boat.',
  },
  {
    id: 'is-not-clear',
    pattern: /\b(?:is|was|remains|remained)\s+not\s+(?:yet\s+|immediately\s+)?clear\b(?!-)(?!\s+(?:that|to)\b)/i,
    example: 'What prompted the sudden resignation of the finance minister was not immediately clear.',
    negative: 'The finance minister said the case for a new tax was not clear-cut, but she would vote for it anyway.',
  },
  {
    id: 'not-independently-verified',
    pattern: /\b(?:has|have|had|is|are|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?independently\s+(?:verified|confirmed)\b/i,
    example: 'The video, which appears to show troops crossing the river at night, has not been independently verified.',
    negative: 'The video has been independently verified by two news agencies and shows troops crossing the river at night.',
  },
  {
    id: 'little-is-known',
    pattern: /\blittle\s+(?:is|was)\s+(?:yet\s+)?known\b/i,
    example: 'Little is known about the gunman, who police believe acted alone when he opened fire at the market.',
    negative: 'The gunman was a little-known figure in the town, but police quickly established his identity and motive.',
  },
  {
    id: 'nobody-knows',
    pattern: /\b(?:no one|nobody)\s+(?:yet\s+|really\s+)?knows\b/i,
    example: 'Nobody knows how many people were living in the flooded basement flats when the river burst its banks.',
    negative: 'Nobody who knows the area was surprised by the flooding, which happens most winters when the river rises.',
  },
  {
    id: 'impossible-to-say',
    pattern: /\bimpossible\s+to\s+(?:say|know|tell|verify|confirm)\b/i,
    example: 'Officials said it was impossible to say how long the mountain road would remain closed.',
    negative: 'Officials said the landslide made it impossible to reach the village, which has about forty residents.',
  },
  {
    id: 'would-not-be-drawn',
    pattern: /\b(?:would|will|could)\s+not\s+be\s+drawn\s+(?:on|into)\b|\b(?:declined|refused)\s+to\s+be\s+drawn\b/i,
    example: 'The coach would not be drawn on whether the captain would be fit to play in Saturday’s final.',
    negative: 'The coach said the team could not be drawn against its local rivals in the next round of the cup.',
  },
  {
    id: 'without-giving-details',
    pattern: /\bwithout\s+(?:giving|providing|offering)\s+(?:any\s+)?(?:further\s+)?(?:details|a reason|an explanation|a timetable|a date|specifics)\b/i,
    example: 'The organisers cancelled the festival without giving a reason, leaving ticket holders unsure if they would be refunded.',
    negative: 'The organisers cancelled the festival without giving notice, blaming a storm forecast for the weekend.',
  },
  {
    id: 'gave-no-further-details',
    pattern: /\b(?:gave|give|gives|given|offered|provided)\s+no\s+(?:further|more|other|immediate)\s+(?:details|explanation|information)\b/i,
    example: 'Police gave no further details about the arrest of the teenager in the town centre on Saturday.',
    negative: 'Police gave no more than a brief account of the arrest but named the teenager later that day.',
  },
  {
    id: 'did-not-name',
    pattern: /\b(?:did|does|do)\s+not\s+(?:immediately\s+)?(?:identify|name)\s+(?:the|a|any|who|which)\b/i,
    example: 'The statement did not name the company that won the contract to rebuild the port.',
    negative: 'The statement did not name names, but the ministry later said which company had won the contract to rebuild the port.',
  },
  {
    id: 'under-wraps',
    pattern: /\bunder\s+wraps\b/i,
    example: 'The price of the new fighter jets is being kept under wraps by the defence ministry.',
    negative: 'The new fighter jets, wrapped in tarpaulins until the air show, were unveiled with a price of 80 million each.',
  },
  {
    id: 'could-not-be-reached',
    pattern: /\b(?:could|can)\s*(?:not|n[’']t)\s+be\s+reached\s+for\s+comment\b|\b(?:did|does)\s*(?:not|n[’']t)\s+(?:immediately\s+)?return\s+(?:calls|messages|emails|a\s+(?:call|message|request))/i,
    example: 'The owner of the nightclub could not be reached for comment on Sunday about the cause of the fight.',
    negative: 'The owner of the nightclub can be reached through his lawyer, who said the venue would reopen on Friday.',
  },
  {
    id: 'whether-or',
    pattern: /\bwhether\b(?!\s+or\s+not)[^.?!]{3,160}?\bor\b(?!\s+not\b)[^.?!]{3,}/i,
    example: 'It is not known whether the fire was started deliberately or by an electrical fault in the kitchen.',
    negative: 'The council will go ahead with the new library whether or not the government agrees to fund it.',
  },
];

/** All cues as one pattern: most sentences hold none, and one scan rejects them fast. */
export const ANY_CUE = new RegExp(QUESTION_CUES.map((c) => `(?:${c.pattern.source})`).join('|'), 'i');

/** "will decide whether to strike or wait": a choice someone is due to make, not an unknown. */
export const CHOICE = /\b(?:decide|decides|decided|deciding|choose|chooses|chose|vote|votes|voted|voting)\b[^.?!]{0,30}\bwhether\s+to\b/i;

/** Words that mark a "whether … or …" clause as someone's choice or a forecast, not an unknown. */
export const NOT_OPEN = /\b(?:whether or not|regardless of whether)\b/i;

/** The cues found in `text` (ids and matched words), the whether-or cue only where it is not a choice. */
export function cuesIn(text: string): Array<{ id: string; words: string }> {
  if (!ANY_CUE.test(text)) return [];
  const out: Array<{ id: string; words: string }> = [];
  for (const cue of QUESTION_CUES) {
    const m = cue.pattern.exec(text);
    if (!m) continue;
    if (cue.id === 'whether-or' && (NOT_OPEN.test(text) || CHOICE.test(text))) continue;
    out.push({ id: cue.id, words: m[0] });
  }
  return out;
}
