/**
 * HTML by construction: the `html` template escapes every value it is given unless the value is
 * itself `SafeHtml` (built by this template), so text from articles, feeds and front matter can
 * only ever render as text. `<script>` in an article shows as the characters `<script>`.
 *
 * @example html`<p title="${title}">${body}</p>` — both escaped; html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`
 */

/** Markup built by `html` (or a constant of this part); inserted as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** A value the template can take: text (escaped), markup, numbers, lists of these, or nothing. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** The escaping template tag. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Joins pieces of markup with a separator (escaped like any text). */
export function join(pieces: readonly SafeHtml[], separator: string): SafeHtml {
  return new SafeHtml(pieces.map((p) => p.value).join(escapeHtml(separator)));
}

/** A URL safe to put in an `href`: plain http(s) only (no `javascript:`, `data:`…), else undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link that leaves Brief: opens without passing on the page address (it carries the signature). */
export function externalLink(url: string | undefined, label: HtmlValue): SafeHtml {
  const href = safeHref(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow" class="external">${label}</a>` : html`${label}`;
}
