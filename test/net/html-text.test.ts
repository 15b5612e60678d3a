import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, xmlSafeEntities } from '../../src/net/html-text.ts';

describe('HTML to text', () => {
  it('decodes every HTML entity, not only a hand-kept list', () => {
    expect(htmlToText('<p>5 &minus; 3 &rarr; 2, &hearts; and &eacute;t&eacute;</p>')).toBe('5 − 3 → 2, ♥ and été');
    expect(decodeEntities('&minus;&rarr;&hearts;&#8212;&#x2019;')).toBe('−→♥—’');
    expect(decodeEntities('&unknownentity; stays')).toBe('&unknownentity; stays');
  });

  it('drops tags with their attributes, even when an attribute holds a ">"', () => {
    expect(htmlToText('Read <a title="x>y" href="/a?b=1&amp;c=2">the report</a> now')).toBe('Read the report now');
    expect(htmlToText('<img alt="a > b">caption')).toBe('caption');
  });

  it('skips scripts and styles, separates blocks, and undoes double escaping', () => {
    expect(htmlToText('<style>p{}</style><p>One</p><p>Two<br>Three</p><script>if (a < b) x()</script>')).toBe('One Two Three');
    expect(htmlToText('Fish &amp;amp; chips &amp;nbsp;today')).toBe('Fish & chips today');
    expect(htmlToText('&lt;b&gt;Bold&lt;/b&gt; claim')).toBe('Bold claim');
  });

  it('makes HTML named entities safe for an XML parser', () => {
    expect(xmlSafeEntities('a&nbsp;b &rarr; &amp; &lt; &bogus;')).toBe('a&#160;b &#8594; &amp; &lt; &amp;bogus;');
  });
});

describe('HTML to text within a length', () => {
  it('cuts the text at the length asked, reading only as much HTML as that needs', () => {
    const paragraph = '<p>Dockers &amp; crane drivers &mdash; again &hellip;</p>';
    const huge = paragraph.repeat(200_000);
    const text = htmlToText(huge, { maxLength: 100 });
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.startsWith('Dockers & crane drivers — again … Dockers')).toBe(true);
  });

  it('in strict mode decodes once and undoes no double escaping', () => {
    expect(htmlToText('Fish &amp;amp; chips', { strict: true })).toBe('Fish &amp; chips');
    expect(htmlToText('&lt;b&gt;Bold&lt;/b&gt;', { strict: true })).toBe('<b>Bold</b>');
  });

  it('keeps an escaped tag inside real markup as text, and undoes markup escaped twice when there is none', () => {
    expect(htmlToText('<p>Type <code>&lt;br&gt;</code> here</p>')).toBe('Type <br> here');
    expect(htmlToText('&lt;p&gt;Escaped &lt;b&gt;twice&lt;/b&gt;&lt;/p&gt;')).toBe('Escaped twice');
  });
});
