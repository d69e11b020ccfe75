// One schema for a bundled article: the seed's front matter plus `url`, and what the body yields.
// Full zod is fine here: the schema runs at build time and in tests, never in the content script.
import * as z from 'zod';
import { ARTICLE_TAGS, CATEGORIES, SENTIMENTS, SOURCE_TYPES } from './vocabulary';

const isoDateTime = z.iso.datetime({
  message: 'expected an ISO 8601 UTC date-time such as 2022-11-28T14:05:00.000Z',
});
const httpsUrl = z.url({ protocol: /^https$/, message: 'expected an https:// URL' });

export const articleSourceSchema = z.strictObject({
  name: z.string().trim().min(1),
  key: z.string().regex(/^[a-z0-9]+$/, 'expected a lowercase key of letters and digits, e.g. coindesk'),
  type: z.enum(SOURCE_TYPES),
});

/** The front matter as written in the markdown file. Unknown keys are errors (they are usually typos). */
export const articleFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(600),
  publishedAt: isoDateTime,
  updatedAt: isoDateTime.optional(),
  lang: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'expected a language code such as en'),
  externalId: z.string().min(1).optional(),
  url: httpsUrl,
  source: articleSourceSchema,
  category: z.enum(CATEGORIES),
  tags: z
    .array(z.enum(ARTICLE_TAGS))
    .min(2)
    .max(5)
    .refine((tags) => new Set(tags).size === tags.length, 'a tag is listed twice'),
  stickyWeight: z.number().optional(),
  sentiment: z.enum(SENTIMENTS),
  score: z.number(),
  draft: z.boolean(),
  /** Image URLs by size; kept as data, never fetched by the popup. */
  coverImage: z.record(z.string(), httpsUrl).optional(),
  ai: z
    .strictObject({
      rewritten: z.boolean().optional(),
      expandedAt: isoDateTime.optional(),
      version: z.number().optional(),
    })
    .optional(),
});

/** A compiled article as it ships in `articles.json`. */
export const articleSchema = z.strictObject({
  ...articleFrontMatterSchema.shape,
  /** The file name without `.md`: `YYYY-MM-DD-<sourcekey>-<slug>`. */
  id: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/, 'expected YYYY-MM-DD-<sourcekey>-<slug>'),
  /** The bullets under "## Impact on the crypto market", as plain text. */
  impact: z.array(z.string().trim().min(1).max(500)).min(3).max(6),
  /** The body without the impact section, as plain text (paragraphs separated by blank lines). */
  body: z.string(),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type Article = z.infer<typeof articleSchema>;
