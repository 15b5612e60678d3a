/**
 * Open-question cues of the first kind: someone did not tell — declined to say, did not disclose,
 * gave no reason, could not be reached, would not be drawn. (question-cues.ts says what cues are
 * for; question-cues-known.ts holds the other kind.)
 */
import type { QuestionCue } from './question-cue.ts';

export const TOLD_CUES: readonly QuestionCue[] = [
  {
    id: 'undisclosed-or-unverified',
    pattern: /\b(?:undisclosed|unverified|unconfirmed)\b/i,
    example: 'The company bought the rival bakery chain for an undisclosed sum, a spokesman said on Monday.',
    negative: 'The company disclosed the price it paid for the bakery chain and said the figures had been verified by auditors.',
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
    id: 'nobody-can-say-when',
    pattern: /\b(?:nobody|no one|none of them)\b[^.?!]{0,40}\b(?:can|could|would|will)\s+(?:tell|say)\b[^.?!]{0,12}\b(?:when|whether|if|how|why|what|where|who)\b/i,
    note: '"Nobody at the dealership can tell me when …".',
    example: 'Nobody at the water company could tell residents when the supply to their homes would be restored.',
    negative: 'Nobody at the water company can tell the difference between the old supply and the new one, engineers said.',
  },
  {
    id: 'too-early-to-say',
    pattern: /\btoo\s+(?:soon|early)\s+to\s+(?:say|tell|know|judge|determine)\b/i,
    example: 'Doctors said it was too early to say whether the boy would make a full recovery after the crash.',
    negative: 'Doctors said it was never too early to start physiotherapy after such a serious injury.',
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
];
