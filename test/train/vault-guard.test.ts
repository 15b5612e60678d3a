/**
 * The vault is never learned or tuned on: training reads the corpus only through a guard that
 * refuses anything under `vault/`, lists only the training part, and no training or tuning script
 * asks for the vault. A recording reader shows which files training opens.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readUtf8 } from '../../scripts/corpus/corpus.ts';
import { trainingArticles, vaultGuard } from '../../scripts/train/data.ts';
import { trainModels } from '../../scripts/train/train.ts';

const ARTICLE = `Harbour strike enters second week

Dockworkers at the port of Valmara stayed out on Monday, the union said. "We are not going back until the promise is kept," said Idris Calloway, the union's general secretary.

The port authority did not say when talks would resume.`;

const LABELS = JSON.stringify({
  section: 'business',
  people: [{ name: 'Idris Calloway', aliases: [], role: "the union's general secretary" }],
  places_or_orgs: ['Valmara'],
  quotes: [{ speaker: 'Idris Calloway', starts_with: 'We are not going back' }],
  open_questions: ['When talks will resume'],
  open_question_evidence: ['did not say when talks would resume'],
});

/** A corpus with one article in each part (and a BBC label in the vault whose text does not exist). */
function corpus(): { root: string; bbcDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'brief-corpus-'));
  for (const part of ['train', 'vault']) {
    const dir = join(root, part, 'own', 'business');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '01-harbour.txt'), ARTICLE);
    writeFileSync(join(dir, '01-harbour.labels.json'), LABELS);
  }
  mkdirSync(join(root, 'vault', 'bbc'), { recursive: true });
  writeFileSync(join(root, 'vault', 'bbc', 'business-001.labels.json'), LABELS);
  return { root, bbcDir: join(root, 'no-bbc-here') };
}

describe('training and the vault', () => {
  it('opens only training files, through the whole of training', () => {
    const paths = corpus();
    const opened: string[] = [];
    const articles = trainingArticles((path) => {
      opened.push(path);
      return readUtf8(path);
    }, paths);
    trainModels(articles);
    expect(articles.map((a) => a.id)).toEqual(['own/business/01-harbour']);
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.filter((p) => p.split(/[\\/]/).includes('vault'))).toEqual([]);
  });

  it('refuses to read a vault file even when asked to', () => {
    const paths = corpus();
    const guarded = vaultGuard(readUtf8);
    expect(() => guarded(join(paths.root, 'vault', 'own', 'business', '01-harbour.txt'))).toThrow(/must never read the vault/);
    expect(guarded(join(paths.root, 'train', 'own', 'business', '01-harbour.txt'))).toContain('Valmara');
  });

  it('is never asked for by a training or tuning script', () => {
    const dir = fileURLToPath(new URL('../../scripts/train/', import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      // The guard itself names the vault; nothing else in training may list or read it.
      const mentions = source.split('\n').filter((line) => /['"`]vault['"`]/.test(line) && !line.includes('includes(\'vault\')'));
      expect(mentions, file).toEqual([]);
    }
  });
});
