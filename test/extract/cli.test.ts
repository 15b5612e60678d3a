import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runExtract } from '../../src/cli/extract-command.ts';
import { runIngest } from '../../src/cli/ingest-command.ts';
import { slugify } from '../../src/briefing/slug.ts';
import { memoryIO } from '../../src/cli/io.ts';
import { parseBriefingFile } from '../../src/briefing/parse.ts';
import { DAM_DEAL, PORT_STRIKE } from './articles.ts';

function makeIO(cwd: string, input?: string) {
  return memoryIO({ cwd, ...(input === undefined ? {} : { input }) });
}

const workdir = () => mkdtempSync(join(tmpdir(), 'brief-cli-'));
const ARTICLE = `Portugal weighs the Alcova dam\n\n${DAM_DEAL}`;

describe('brief extract', () => {
  it('prints exactly the JSON contract for a file', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'dam.txt'), ARTICLE);
    const io = makeIO(dir);
    expect(await runExtract({ file: 'dam.txt', json: true }, io)).toBe(0);
    const json = JSON.parse(io.out());
    expect(Object.keys(json)).toEqual(['actors', 'quotes', 'questions']);
    for (const a of json.actors) expect(Object.keys(a)).toEqual(['name', 'aliases', 'kind', 'role']);
    for (const q of json.quotes) expect(Object.keys(q)).toEqual(['speaker', 'text']);
    for (const q of json.questions) expect(Object.keys(q)).toEqual(['text']);
    expect(json.actors).toContainEqual(expect.objectContaining({ name: 'Rui Fontoura', kind: 'person', role: 'a hydrologist at the University of Lisbon' }));
    expect(json.quotes).toContainEqual({ speaker: 'Rui Fontoura', text: 'Another delay would be a failure of nerve.' });
  });

  it('reads standard input for "-" and prints a readable summary without --json', async () => {
    const io = makeIO(workdir(), ARTICLE);
    expect(await runExtract({ file: '-', json: false }, io)).toBe(0);
    expect(io.out()).toContain('Portugal weighs the Alcova dam');
    expect(io.out()).toContain('Rui Fontoura (person) — a hydrologist at the University of Lisbon');
    expect(io.out()).toMatch(/Open questions \(4\)/);
  });

  it('reports a missing file on one line and exits 2', async () => {
    const io = makeIO(workdir());
    expect(await runExtract({ file: 'nope.txt', json: true }, io)).toBe(2);
    expect(io.err()).toBe('brief extract: cannot read nope.txt: no such file\n');
    expect(io.out()).toBe('');
  });

  it('gives an empty result and a note for binary input', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'blob.bin'), Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 256)));
    const io = makeIO(dir);
    expect(await runExtract({ file: 'blob.bin', json: true }, io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ actors: [], quotes: [], questions: [] });
    expect(io.err()).toMatch(/binary/);
  });
});

describe('brief ingest', () => {
  let server: Server;
  let base = '';
  const page = `<!doctype html><html><head><title>Dockworkers strike at Valmara</title>
    <meta property="og:site_name" content="Coastal Gazette"><meta property="article:published_time" content="2026-03-02T08:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Dockworkers strike at Valmara</h1>
    ${PORT_STRIKE.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}
    </article><footer>Copyright</footer></body></html>`;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    if (address && typeof address === 'object') base = `http://127.0.0.1:${address.port}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('writes a valid draft briefing from a file and never overwrites it', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'dam.txt'), ARTICLE);
    const io = makeIO(dir);
    expect(await runIngest({ source: 'dam.txt', dir: 'briefings' }, io)).toBe(0);
    expect(io.out()).toMatch(/^wrote briefings\/portugal-weighs-the-alcova-dam\.md/);
    const text = readFileSync(join(dir, 'briefings', 'portugal-weighs-the-alcova-dam.md'), 'utf8');
    const parsed = parseBriefingFile('x.md', text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.body).toBe(DAM_DEAL);
    const fm = parsed.file.frontMatter;
    expect(fm.slug).toBe('portugal-weighs-the-alcova-dam');
    expect(fm.headline).toBe('Portugal weighs the Alcova dam');
    expect(fm.aliases).toContain('alcova');
    expect(fm.actors).toContainEqual(expect.objectContaining({ name: 'Helena Marques', kind: 'person', role: "Portugal's Prime Minister" }));
    expect(fm.questions?.length).toBe(4);
    expect(fm.claims?.some((c) => c.sourcing === 'unnamed')).toBe(true);

    const again = makeIO(dir);
    expect(await runIngest({ source: 'dam.txt', dir: 'briefings' }, again)).toBe(0);
    expect(readdirSync(join(dir, 'briefings')).sort()).toEqual(['portugal-weighs-the-alcova-dam-2.md', 'portugal-weighs-the-alcova-dam.md']);
  });

  it('takes the article out of a web page', async () => {
    const dir = workdir();
    const io = makeIO(dir);
    expect(await runIngest({ source: `${base}/story`, slug: 'valmara-strike', dir: 'briefings' }, io)).toBe(0);
    const text = readFileSync(join(dir, 'briefings', 'valmara-strike.md'), 'utf8');
    const fm = parse(text.split('\n---\n')[0]!.replace(/^---\n/, ''));
    expect(fm.headline).toBe('Dockworkers strike at Valmara');
    expect(fm.source).toEqual({ url: `${base}/story`, name: 'Coastal Gazette', published: '2026-03-02' });
    expect(fm.quotes).toContainEqual(expect.objectContaining({ speaker: 'Idris Calloway' }));
    expect(text).not.toContain('Copyright');
    expect(text).toContain('Dockworkers at the port of Valmara walked out on Monday');
  });

  it('reports a page that cannot be fetched on one line and exits 2', async () => {
    const io = makeIO(workdir());
    expect(await runIngest({ source: `${base}/missing`, dir: 'briefings' }, io)).toBe(2);
    expect(io.err()).toMatch(/^brief ingest: .*404.*\n$/);
  });

  it('makes kebab-case ASCII slugs of at most 60 characters', () => {
    expect(slugify('São Tomé’s “new” Prime Minister: what we know')).toBe('sao-tome-new-prime-minister-what-we-know');
    const long = slugify('A very long headline that goes on and on about the harbour strike and the talks');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
