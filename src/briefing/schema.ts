/**
 * The front matter of a briefing document, as zod schemas. Every structured field is optional:
 * a file with a headline and a body is a valid briefing; extraction fills the rest.
 */
import * as z from 'zod';

/** A duration such as "7d", "12h", "2w" or "30m". */
export const DurationSchema = z
  .string()
  .regex(/^\s*\d+\s*(?:m|min|h|d|w)\s*$/i, 'must be a duration such as `7d`, `12h`, `2w` or `30m`');

const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, `${what} must not be empty`);

export const ActorSchema = z.strictObject({
  name: text('`name`'),
  aliases: z.array(text('each alias')).optional(),
  kind: z.enum(['person', 'place', 'org', 'group'], { error: '`kind` must be one of person, place, org, group' }).optional(),
  role: text('`role`').optional(),
});

export const QuoteSchema = z.strictObject({
  speaker: text('`speaker`').nullable().optional(),
  speakerDescription: text('`speakerDescription`').optional(),
  text: text('`text`'),
});

export const QuestionSchema = z.strictObject({
  text: text('`text`'),
  why: text('`why`').optional(),
  followUpAfter: DurationSchema.optional(),
});

export const ClaimSchema = z.strictObject({
  text: text('`text`'),
  sourcing: z.enum(['on-record', 'unnamed'], { error: '`sourcing` must be `on-record` or `unnamed`' }),
  source: text('`source`').optional(),
});

export const FollowupSchema = z.strictObject({
  after: DurationSchema,
  note: text('`note`'),
});

const dateLike = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

export const FrontMatterSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '`slug` must be kebab-case: lower-case letters and digits joined by `-`')
    .optional(),
  aliases: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  headline: text('`headline`'),
  source: z
    .strictObject({ name: text('`source.name`').optional(), url: z.url('`source.url` must be a URL').optional(), published: dateLike.optional() })
    .optional(),
  summary: text('`summary`').optional(),
  actors: z.array(ActorSchema, { error: '`actors` must be a list — indent each actor with `- name: …`' }).optional(),
  quotes: z.array(QuoteSchema, { error: '`quotes` must be a list — indent each quote with `- speaker: …` and `text: …`' }).optional(),
  questions: z.array(QuestionSchema, { error: '`questions` must be a list — indent each question with `- text: …`' }).optional(),
  claims: z.array(ClaimSchema, { error: '`claims` must be a list — indent each claim with `- text: …`' }).optional(),
  followups: z.array(FollowupSchema, { error: '`followups` must be a list — indent each with `- after: 7d` and `note: …`' }).optional(),
});

export type FrontMatter = z.infer<typeof FrontMatterSchema>;
