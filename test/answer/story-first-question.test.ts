/**
 * A first question that names little: its "he" or "she" stands for the person its story is about (of
 * two stories that share its words, the one whose article speaks of a man, or a woman, throughout),
 * and a question of vague words alone names its story by its wh-phrase's word or not at all.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import { loadSimilarWords } from '../../src/answer/related.ts';
import { makeLibrary } from '../helpers/briefings.ts';

const POTTER = `---
slug: vellan-potter-dies
headline: Tomas Vellan, potter of the northern coast, dies at 91
---
Tomas Vellan, whose glazed jugs are in museums across northern Europe, has died at his home in Skarvik at the age of 91.

He opened his first workshop in a former boathouse in 1958. He fired his kilns with driftwood for most of his life.

His work won a national craft award in 1974. He taught at the Skarvik art school for two decades.

He is survived by his wife and two daughters.
`;
const FAIR = `---
slug: skarvik-craft-fair-award
headline: Skarvik craft fair draws record crowds
---
The Skarvik craft fair gave its first award on Saturday to a glass studio from the harbour district.

The fair's organisers said 4,000 visitors came over the weekend, the most since the fair began in 2009.

Stalls sold jugs, glass and woven rugs. The town council said it would fund the fair again next year.

A spokesman for the organisers said he was pleased with the crowds.
`;
const SKATER = `---
slug: skarvik-skater-award
headline: Skarvik skater Ida Marn breaks two junior records
---
Ida Marn, an 18-year-old speed skater from Skarvik, won the national young athlete award on Friday.

She broke two junior records this winter. She trains on the frozen lake outside the town before school.

Her coach said she could race at the world championships next year.
`;

describe('a first question’s “he” or “she”', () => {
  it('finds the story about a man or a woman among stories that share its words', async () => {
    await loadSimilarWords();
    const lib = await makeLibrary({ 'briefings/vellan-potter-dies.md': POTTER, 'briefings/skarvik-craft-fair-award.md': FAIR, 'briefings/skarvik-skater-award.md': SKATER });
    expect(await answerQuestion('did he win an award', lib)).toMatchObject({ briefing: 'vellan-potter-dies' });
    expect(await answerQuestion('did she win an award', lib)).toMatchObject({ briefing: 'skarvik-skater-award' });
  });
});

const WRECKS = `---
slug: orsund-shipwrecks-found
headline: Divers map wrecks off Orsund
---
Divers surveying the seabed off Orsund have found 14 wrecks from the 18th century, the county museum said on Thursday.

The museum said it would not say where the wrecks lie, to keep looters away.
`;
const PASSES = `---
slug: orsund-cheap-bus-passes
headline: Orsund students to get cheap bus passes
---
Students in Orsund will pay 10 euros a month for bus travel from January, the county council said.

The council said the passes would cost it 2 million euros a year.
`;

describe('a first question made only of vague words', () => {
  it('names its story by its wh-phrase’s word, and by no vague word', async () => {
    await loadSimilarWords();
    const lib = await makeLibrary({ 'briefings/orsund-shipwrecks-found.md': WRECKS, 'briefings/orsund-cheap-bus-passes.md': PASSES });
    expect(await answerQuestion('how cheap is it', lib)).toMatchObject({ briefing: 'orsund-cheap-bus-passes' });
    expect(await answerQuestion('how many did they find', lib)).toMatchObject({ kind: 'not-found' });
  });
});
