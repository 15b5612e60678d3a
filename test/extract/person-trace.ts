/** What the person tests read of an extraction: the features traced for one candidate name. */
import { expect } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';

/** The features of the traced candidate named `name` (which must be one). */
export function featuresOf(body: string, name: string): string[] {
  const trace = newTrace();
  extractArticle(body, { trace });
  const candidate = trace.persons.find((c) => c.name === name);
  expect(candidate, `${name} is a candidate`).toBeDefined();
  return candidate!.features;
}
