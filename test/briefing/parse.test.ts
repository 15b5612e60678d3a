import { describe, expect, it } from 'vitest';
import { parseBriefingFile } from '../../src/briefing/parse.ts';

function problems(text: string): string[] {
  const result = parseBriefingFile('briefings/x.md', text);
  return result.ok ? [] : result.problems.map((p) => p.message);
}

describe('parseBriefingFile', () => {
  it('keeps the body byte for byte, without a trailing newline when it has none', () => {
    const body = 'Line one “quoted”.\nLine two.';
    const result = parseBriefingFile('b.md', `---\nheadline: H\n---\n${body}`);
    expect(result.ok && result.file.body).toBe(body);
  });

  it('accepts a file with only a headline and a body', () => {
    expect(problems('---\nheadline: Only this\n---\nThe body.\n')).toEqual([]);
  });

  it('reports broken YAML with its line', () => {
    expect(problems('---\nheadline: H\nactors: [oops\n---\nBody.')[0]).toMatch(/^briefings\/x\.md:3: front matter is not valid YAML/);
  });

  it('reports a missing body on the line it should start', () => {
    expect(problems('---\nheadline: H\n---\n\n')).toEqual([expect.stringMatching(/^briefings\/x\.md:4: the briefing has no article body/)]);
  });

  it('reports a missing headline and how to add it', () => {
    expect(problems('---\nslug: x\n---\nBody.')).toEqual(['briefings/x.md:2: `headline` is required — add a `headline: …` line']);
  });

  it('names the line of a bad nested field', () => {
    const text = '---\nheadline: H\nactors:\n  - name: A\n    kind: alien\n---\nBody.';
    expect(problems(text)).toEqual([expect.stringMatching(/^briefings\/x\.md:5: `actors\[0\]\.kind`: `kind` must be one of/)]);
  });

  it('teaches the list form when a list field is a plain value', () => {
    expect(problems('---\nheadline: H\nactors: Someone\n---\nBody.')[0]).toMatch(/:3: `actors`: `actors` must be a list — indent each actor with `- name: …`/);
  });

  it('flags misspelt keys', () => {
    expect(problems('---\nheadline: H\nactor: [x]\n---\nBody.')[0]).toMatch(/:3: unknown key `actor`/);
  });

  it('asks for front matter when the file has none', () => {
    expect(problems('Just an article.')[0]).toMatch(/:1: no front matter/);
  });

  it('notices an unclosed front matter', () => {
    expect(problems('---\nheadline: H\nBody.')[0]).toMatch(/never closed/);
  });

  it('rejects a slug that is not kebab-case', () => {
    expect(problems('---\nslug: Not Kebab\nheadline: H\n---\nBody.')[0]).toMatch(/:2: `slug`: `slug` must be kebab-case/);
  });
});
