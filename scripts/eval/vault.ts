/**
 * The vault's record: its figures are computed once per `EXTRACTOR_VERSION` and kept in
 * corpus/vault-scores.json with the date and a fingerprint of the extractor's code and model.
 * A changed extractor under an old version number is refused, so the vault cannot be consulted
 * again and again while tuning: change the extractor, bump the version, score the vault once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Figures } from './table.ts';

/** One scoring of the vault. */
export interface VaultRecord {
  version: string;
  fingerprint: string;
  date: string;
  rows: Array<[string, Figures]>;
  /** A correction to the record that did not re-score it. */
  note?: string;
}

/**
 * Files reading an HTML page or caching results do not change what `extractArticle` outputs for
 * a text, so they are not part of the fingerprint.
 */
const NOT_EXTRACTION = /^(?:html.*|cache\.ts|index\.ts)$/;

/** Files whose content decides what the extractor outputs. */
function extractorFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:ts|json)$/.test(name) && !NOT_EXTRACTION.test(name)) out.push(path);
    }
  };
  walk(join(root, 'src', 'extract'));
  out.push(join(root, 'src', 'briefing', 'text.ts'));
  return out;
}

/** A hash of the extractor's source and model files (paths and contents). */
export function extractorFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of extractorFiles(root)) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The records so far, oldest first. */
export function readRecords(path: string): VaultRecord[] {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as VaultRecord[]) : [];
}

/** Appends a record. */
export function appendRecord(path: string, record: VaultRecord): void {
  writeFileSync(path, `${JSON.stringify([...readRecords(path), record], null, 1)}\n`);
}

/** What to do about the vault for this extractor. */
export type VaultDecision =
  | { action: 'score' }
  | { action: 'show'; record: VaultRecord }
  | { action: 'refuse'; record: VaultRecord };

/** Score a new version once; show the record of an unchanged one; refuse a changed one under an old number. */
export function decide(records: VaultRecord[], version: string, fingerprint: string): VaultDecision {
  const record = records.find((r) => r.version === version);
  if (!record) return { action: 'score' };
  return record.fingerprint === fingerprint ? { action: 'show', record } : { action: 'refuse', record };
}
