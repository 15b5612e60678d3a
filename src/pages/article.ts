/**
 * The article on a briefing page, every sentence addressable (`#s4-2` is paragraph 4, sentence 2,
 * as in every citation), and the citation links that point into it. Each sentence lists the actors
 * it mentions (`data-actors`), so hovering an actor can mark them.
 */
import type { Briefing, SentenceId } from '../briefing/model.ts';
import { html, type SafeHtml } from './html.ts';
import { sentenceAnchor } from '../briefing/text.ts';

/** Sentence id → indexes (into `briefing.actors`) of the actors it mentions. */
export type MentionMap = ReadonlyMap<SentenceId, readonly number[]>;

/** Which actors each sentence mentions, from the actors' citations. */
export function mentionMap(briefing: Briefing): MentionMap {
  const map = new Map<SentenceId, number[]>();
  briefing.actors.forEach((actor, i) => {
    for (const id of actor.cites) {
      const list = map.get(id) ?? [];
      if (!list.includes(i)) list.push(i);
      map.set(id, list);
    }
  });
  return map;
}

/**
 * Citation links: `[¶4.1 ¶4.2]`, each to its sentence. The group names all its sentences, so the
 * page script highlights every one of them when any is opened. Empty when there are none.
 */
export function citeLinks(ids: readonly SentenceId[]): SafeHtml {
  if (ids.length === 0) return html``;
  const group = ids.map(sentenceAnchor).join(' ');
  const links = ids.map((id, i) => html`${i ? ' ' : ''}<a class="cite" href="#${sentenceAnchor(id)}" aria-label="sentence ${id}">¶${id}</a>`);
  return html` <span class="cites" data-group="${group}">[${links}]</span>`;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** One paragraph: its number (a link to itself) and its sentences, with the text between them as written. */
function paragraphHtml(briefing: Briefing, index: number, mentions: MentionMap): SafeHtml {
  const paragraph = briefing.paragraphs[index]!;
  const pieces: SafeHtml[] = [];
  let at = paragraph.start;
  for (const sentence of paragraph.sentences) {
    if (sentence.start > at) pieces.push(html`${oneLine(briefing.body.slice(at, sentence.start))}`);
    const actors = mentions.get(sentence.id) ?? [];
    pieces.push(
      html`<span class="s" id="${sentenceAnchor(sentence.id)}" tabindex="-1"${actors.length ? html` data-actors="${actors.join(' ')}"` : ''}>${oneLine(briefing.body.slice(sentence.start, sentence.end))}</span>`,
    );
    at = sentence.end;
  }
  if (paragraph.end > at) pieces.push(html`${oneLine(briefing.body.slice(at, paragraph.end))}`);
  const n = paragraph.index;
  return html`<p class="para" id="p${n}"><a class="pnum" href="#p${n}" aria-label="paragraph ${n}">¶${n}</a> ${pieces}</p>`;
}

/** The whole article, paragraph by paragraph. */
export function articleHtml(briefing: Briefing, mentions: MentionMap): SafeHtml {
  return html`${briefing.paragraphs.map((_, i) => paragraphHtml(briefing, i, mentions))}`;
}

/** The text of the cited sentences, for evidence shown beside an item. */
export function evidenceHtml(briefing: Briefing, ids: readonly SentenceId[], max = 2): SafeHtml {
  const byId = new Map(briefing.sentences.map((s) => [s.id, s]));
  const shown = ids
    .map((id) => byId.get(id))
    .filter((s) => s !== undefined)
    .slice(0, max);
  if (shown.length === 0) return html`<p class="evidence none">No sentence of the article supports this item.</p>`;
  return html`<ul class="evidence" aria-label="evidence">${shown.map((s) => html`<li><a class="cite" href="#${sentenceAnchor(s.id)}">¶${s.id}</a> <q>${s.text}</q></li>`)}${
    ids.length > shown.length ? html`<li class="more">and ${ids.length - shown.length} more: ${citeLinks(ids.slice(max))}</li>` : ''
  }</ul>`;
}
