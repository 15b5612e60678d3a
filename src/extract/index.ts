/** Automatic extraction: article text → actors, quotes, open questions and claims. */
export { extractArticle, emptyExtraction, EXTRACTOR_VERSION, MAX_CHARS, type ExtractOptions } from './extract.ts';
export { createCachedExtractor, type CachedExtractor } from './cache.ts';
export type { Extraction, ExtractedActor, ExtractedQuote, ExtractedQuestion, ExtractedClaim } from '../briefing/extraction.ts';
