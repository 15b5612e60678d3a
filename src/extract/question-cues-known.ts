/**
 * Open-question cues of the second kind: nobody knows yet — unknown, unclear, unverified, under
 * investigation, yet to be determined, remains to be seen, whether … or …. (question-cues.ts says
 * what cues are for; question-cues-told.ts holds the other kind.)
 */
import type { QuestionCue } from './question-cue.ts';

export const KNOWN_CUES: readonly QuestionCue[] = [
  {
    id: 'remains-unknown',
    pattern: /\b(?:remains?|remained|is|are|was|were|be|been)\s+(?:still\s+|partially\s+|largely\s+|partly\s+)?(?:undisclosed|unknown|unclear|unconfirmed|unverified|uncertain|unexplained|unanswered|unresolved|a mystery|an open question)\b/i,
    example: 'The identity of the buyer who paid for the old harbour warehouse remains unknown, according to port officials.',
    negative: 'Port officials said the once unknown buyer of the old harbour warehouse is a local shipping firm.',
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
    id: 'do-not-know',
    pattern: /\b(?:do|does|did)\s+not\s+(?:really\s+)?know\b/i,
    example: 'Doctors said they do not know what caused the outbreak of food poisoning at the care home.',
    negative: 'Doctors said they did not need to know the residents’ names to trace the outbreak at the care home.',
  },
  {
    id: 'under-investigation',
    pattern: /\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?under\s+(?:investigation|review)\b/i,
    example: 'The cause of the train derailment near the coast remains under investigation, the rail operator said.',
    negative: 'The rail operator said the derailment would be placed under investigation by an independent panel next week.',
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
    id: 'keeping-an-open-mind',
    pattern: /\b(?:keeping|keep|keeps|kept)\s+an\s+open\s+mind\b/i,
    example: 'Detectives said they were keeping an open mind about what caused the woman’s death at her home.',
    negative: 'Detectives said the woman kept an open door for her neighbours and was well known in the street.',
  },
  {
    id: 'yet-to-be-determined',
    pattern: /\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:be\s+(?:determined|established|identified|confirmed|explained|disclosed|released|announced|made public|named|set|verified|found|known)|(?:say|explain|disclose|confirm|reveal|comment|identify|determine|specify|establish|name))\b/i,
    note: '"the cause has yet to be determined", "police have yet to identify the driver".',
    example: 'The cause of the blackout that hit the eastern suburbs has yet to be determined, the grid operator said.',
    negative: 'The grid operator has yet to restore power to about 200 homes, but says it knows what caused the blackout.',
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
    id: 'whether-or',
    pattern: /\bwhether\b(?!\s+or\s+not)[^.?!]{3,160}?\bor\b(?!\s+not\b)[^.?!]{3,}/i,
    example: 'It is not known whether the fire was started deliberately or by an electrical fault in the kitchen.',
    negative: 'The council will go ahead with the new library whether or not the government agrees to fund it.',
  },
];
