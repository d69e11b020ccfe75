// zod/mini keeps the content script small; the same schema serves every entrypoint.
import * as z from 'zod/mini';
import { COST_SOURCES, LIVE_BASE_URL_PATTERN, SITE_HOST_PATTERN, THEMES } from './field-rules';
import { LIMITS } from './limits';

/** 1: the foundation's settings; 2: adds the `live` group (optional live data). */
export const SETTINGS_VERSION = 2;

/** The default news sites: registrable domains, matched with every subdomain (`*://*.coindesk.com/*`). */
export const DEFAULT_SITES = [
  'coindesk.com',
  'cointelegraph.com',
  'theblock.co',
  'decrypt.co',
  'bitcoinmagazine.com',
  'cryptoslate.com',
  'blockworks.co',
  'news.bitcoin.com',
  'cryptonews.com',
  'beincrypto.com',
] as const;

export const costSourceSchema = z.enum(COST_SOURCES);

export const modelInputsSchema = z.object({
  /** Average electricity price paid by the fleet, $/kWh. */
  electricityUsdPerKwh: z
    .number()
    .check(z.gte(LIMITS.electricityUsdPerKwh.min), z.lte(LIMITS.electricityUsdPerKwh.max)),
  /** Fleet efficiency in J/TH; null follows the dated network-average curve. */
  efficiencyJPerTh: z.nullable(
    z.number().check(z.gte(LIMITS.efficiencyJPerTh.min), z.lte(LIMITS.efficiencyJPerTh.max)),
  ),
  /** All-in cost ÷ electricity cost (depreciation, hosting, staff, financing). */
  overheadMultiplier: z
    .number()
    .check(z.gte(LIMITS.overheadMultiplier.min), z.lte(LIMITS.overheadMultiplier.max)),
});

export const annotateSchema = z.object({
  btcPrice: z.boolean(),
  btcCost: z.boolean(),
  btcTarget: z.boolean(),
});

export const displaySchema = z.object({
  theme: z.enum(THEMES),
  /** Delay before the hover tooltip shows, ms. */
  hoverDelayMs: z.number().check(z.gte(LIMITS.hoverDelayMs.min), z.lte(LIMITS.hoverDelayMs.max)),
  /** Also show the electricity-only floor in the tooltip. */
  showElectricityFloor: z.boolean(),
  /** Show the number of price mentions on the toolbar badge. */
  showBadge: z.boolean(),
});

export const siteSchema = z.object({
  /** A host name such as `coindesk.com`; matches it and its subdomains. */
  host: z.string().check(z.regex(SITE_HOST_PATTERN)),
  enabled: z.boolean(),
  /** False for sites the user added (they need an optional host permission). */
  builtIn: z.boolean(),
});

/** Optional live data from a mempool instance (off by default: nothing is fetched unless the user asks). */
export const liveSchema = z.object({
  enabled: z.boolean(),
  /** Origin of a mempool instance: https, or http on localhost/127.0.0.1 for a self-hosted node; no trailing slash. */
  baseUrl: z.string().check(z.regex(LIVE_BASE_URL_PATTERN)),
  refreshMinutes: z
    .number()
    .check(z.gte(LIMITS.liveRefreshMinutes.min), z.lte(LIMITS.liveRefreshMinutes.max)),
  /** Live values older than this are not used; the bundled series is. */
  maxAgeHours: z.number().check(z.gte(LIMITS.liveMaxAgeHours.min), z.lte(LIMITS.liveMaxAgeHours.max)),
});

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  costSource: costSourceSchema,
  /** The user's own cost per BTC, $, used when costSource is 'fixed' and shown beside the model otherwise. */
  fixedCostUsd: z.nullable(z.number().check(z.gte(LIMITS.fixedCostUsd.min), z.lte(LIMITS.fixedCostUsd.max))),
  model: modelInputsSchema,
  /** Margins from 0 up to this percentage are a thin margin; above it, healthy; below 0, below cost. */
  thinMarginPct: z.number().check(z.gte(LIMITS.thinMarginPct.min), z.lte(LIMITS.thinMarginPct.max)),
  sites: z.array(siteSchema),
  annotate: annotateSchema,
  display: displaySchema,
  live: liveSchema,
});

export type Settings = z.infer<typeof settingsSchema>;
export type CostSource = z.infer<typeof costSourceSchema>;
export type ModelInputs = z.infer<typeof modelInputsSchema>;
export type Site = z.infer<typeof siteSchema>;
export type LiveSettings = z.infer<typeof liveSchema>;
