import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { parseIntent, USAGE } from '../../src/commands/index.ts';
import { formatCites, truncate } from '../../src/render/common.ts';
import { ANSI, renderText } from '../../src/render/text.ts';
import { makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary();
const show = async (text: string, style = undefined as typeof ANSI | undefined) => {
  const intent = parseIntent(text);
  if (intent.kind !== 'help' && intent.kind !== 'briefing' && intent.kind !== 'who') throw new Error('not a read intent');
  return renderText(await answer(intent, library, USAGE), style);
};

describe('renderText', () => {
  it('renders the card a person sees', async () => {
    expect(await show('/brief strike')).toMatchSnapshot();
  });

  it('shows headline, summary, actors with roles, questions, the quote with its speaker, sourcing and source', async () => {
    const text = await show('/brief strike');
    expect(text).toContain('Dockworkers walk out at Port Aldermoor as wage talks collapse');
    expect(text).toContain("Søren Kjærgaard — general secretary of the Harbour Workers' Union");
    expect(text).toContain('How long will the strike last?');
    expect(text).toContain('“We will stay out until the authority puts a real offer on the table.”');
    expect(text).toContain("— Søren Kjærgaard, general secretary of the Harbour Workers' Union [¶2.1]");
    expect(text).toContain('1 claim rests on unnamed sources (people briefed on the talks).');
    expect(text).toContain('Coastal Gazette, 2026-03-02, https://example.org/harbour');
  });

  it('renders the actor card', async () => {
    expect(await show('who is Kjaergaard')).toMatchSnapshot();
  });

  it('renders not-found with the nearest names', async () => {
    expect(await show('who is Marta Smith')).toBe(
      '“Marta Smith” is not in any briefing. No person or organisation matches it, so there is nothing to report.\nClosest matches:\n  • Marta Oyelaran — who is Marta Oyelaran',
    );
  });

  it('answers help on one verb with just its usage', async () => {
    const text = await show('/brief who');
    expect(text.split('\n')[0]).toBe('How to ask (who)');
    expect(text).toContain('/brief who <name>');
    expect(text).not.toContain('Briefings');
  });

  it('lists the article sentences for sources', async () => {
    expect(await show('/brief strike sources')).toContain('¶4.1 Neither side has said when talks will resume.');
  });

  it('colours without changing the words', async () => {
    const coloured = await show('/brief strike', ANSI);
    expect(coloured).toContain('\x1b[1m');
    // eslint-disable-next-line no-control-regex -- stripping the ANSI codes this renderer writes
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(await show('/brief strike'));
  });
});

describe('formatting helpers', () => {
  it('formats citations compactly', async () => {
    expect(formatCites(['1.1', '2.3'])).toBe('[¶1.1 ¶2.3]');
    expect(formatCites(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1'])).toBe('[¶1.1 ¶1.2 ¶1.3 ¶1.4 +2]');
    expect(formatCites([])).toBe('');
  });

  it('truncates with an ellipsis within the limit', async () => {
    const cut = truncate('one two three four five six', 12);
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut.endsWith('…')).toBe(true);
    expect(truncate('short', 12)).toBe('short');
  });
});
