/**
 * The review mode's controls, placed beside what they correct: an actor's kind and role, a quote's
 * speaker, an open question answered by a development; and the publish bar that sends them. Every
 * control carries the value the editor saw (`….was`), so a publish can tell a correction from a
 * file that changed underneath it. The fields belong to one form (`form="review"`).
 */
import type { Briefing } from '../briefing/model.ts';
import { fold } from '../briefing/text.ts';
import type { Development } from '../feeds/types.ts';
import { html, type SafeHtml } from './html.ts';

/** What the review page needs beyond the briefing. */
export interface ReviewView {
  /** `platform:user` of the editor the link was given to. */
  editor: string;
  /** Where the form posts: the review link itself. */
  action: string;
  /** The form token (see `PageLinks.formToken`). */
  token: string;
}

/** The kinds an actor can have, with the words the page shows for them. */
export const KINDS = [
  ['person', 'person'],
  ['org', 'organisation'],
  ['place', 'place'],
  ['group', 'group'],
] as const;

const hidden = (name: string, value: string) => html`<input type="hidden" form="review" name="${name}" value="${value}">`;

/** Kind and role of actor `i`. */
export function actorControls(briefing: Briefing, i: number): SafeHtml {
  const actor = briefing.actors[i]!;
  const kind = actor.kind ?? '';
  const options = [html`<option value=""${kind ? '' : ' selected'}>not set</option>`, ...KINDS.map(([value, label]) => html`<option value="${value}"${kind === value ? ' selected' : ''}>${label}</option>`)];
  return html`<div class="edit">${hidden(`actor.${i}.name`, actor.name)}${hidden(`actor.${i}.kind.was`, kind)}${hidden(`actor.${i}.role.was`, actor.role ?? '')}
<label>Kind <select form="review" name="actor.${i}.kind">${options}</select></label>
<label>Role, as the article states it <input type="text" form="review" name="actor.${i}.role" value="${actor.role ?? ''}" maxlength="300"></label></div>`;
}

/** The speaker of quote `i`: keep, drop (unattributed) or give to another actor. */
export function quoteControls(briefing: Briefing, i: number): SafeHtml {
  const quote = briefing.quotes[i]!;
  const speaker = quote.speaker ?? '';
  const names = briefing.actors.filter((a) => a.kind !== 'place').map((a) => a.name);
  if (speaker && !names.includes(speaker)) names.unshift(speaker);
  const options = [
    html`<option value=""${speaker ? '' : ' selected'}>nobody named (unattributed)</option>`,
    ...names.map((name) => html`<option value="${name}"${name === speaker ? ' selected' : ''}>${name}</option>`),
  ];
  return html`<div class="edit">${hidden(`quote.${i}.text`, quote.text)}${hidden(`quote.${i}.speaker.was`, speaker)}
<label>Speaker <select form="review" name="quote.${i}.speaker">${options}</select></label></div>`;
}

/** The developments that may answer a question, by its folded text. */
export function mayAnswer(developments: readonly Development[], question: string): Development[] {
  const key = fold(question);
  return developments.filter((d) => d.mayAnswer.some((q) => fold(q) === key));
}

/** When and where a development appeared: "2026-03-04, Coastal Gazette". */
export function developmentDetail(d: Development): string {
  return [(d.published ?? d.at).slice(0, 10), d.sources[0]?.feed].filter(Boolean).join(', ');
}

/** A development as a choice: its title, its date and its feed. */
export function developmentLabel(d: Development): string {
  return `${d.title} (${developmentDetail(d)})`;
}

/** Whether open question `i` is answered, and by which development. */
export function questionControls(briefing: Briefing, i: number, developments: readonly Development[]): SafeHtml {
  const question = briefing.questions[i]!;
  const likely = mayAnswer(developments, question.text);
  const others = developments.filter((d) => !likely.includes(d));
  const option = (d: Development) => html`<option value="${d.id}">${developmentLabel(d)}</option>`;
  const head = html`${hidden(`question.${i}.text`, question.text)}`;
  if (developments.length === 0) return html`<div class="edit">${head}<span class="note">No development from the feeds yet to mark it answered by.</span></div>`;
  return html`<div class="edit">${head}<label>Answered by <select form="review" name="question.${i}.answeredBy"><option value="" selected>still open</option>${
    likely.length ? html`<optgroup label="May answer it">${likely.map(option)}</optgroup>` : ''
  }${others.length ? html`<optgroup label="Other developments">${others.map(option)}</optgroup>` : ''}</select></label></div>`;
}

/** The form itself and its publish button, fixed at the bottom of the page. */
export function publishBar(briefing: Briefing, review: ReviewView): SafeHtml {
  return html`<form id="review" class="publish" method="post" action="${review.action}" aria-label="publish the review">
<input type="hidden" name="base" value="${briefing.hash}"><input type="hidden" name="token" value="${review.token}">
<button type="submit">Publish</button>
<span>Writes your corrections into the front matter of <code>${briefing.path}</code>; the article is never changed. Reviewing as ${review.editor}.</span>
</form>`;
}
