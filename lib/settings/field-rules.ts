// The one check of a stored setting's value, without zod: the content script (30 KB budget, no zod) and the
// store's repair both ask it, so a value the store would reset is never used by a page either. The zod schema
// (schema.ts) is built from the same limits and patterns and guards the result of a repair.
import { LIMITS } from './limits';

export const COST_SOURCES = ['model', 'fixed'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const SITE_HOST_PATTERN = /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/;
/** https, or http on localhost/127.0.0.1 for a self-hosted node; no trailing slash. */
export const LIVE_BASE_URL_PATTERN =
  /^(https:\/\/[a-z0-9.-]+(:\d{1,5})?|http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?)(\/[\w.~-]+)*$/i;

type Rule = (value: unknown) => boolean;

const inRange =
  ({ min, max }: { min: number; max: number }): Rule =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const orNull =
  (rule: Rule): Rule =>
  (value) =>
    value === null || rule(value);
const oneOf =
  (values: readonly string[]): Rule =>
  (value) =>
    typeof value === 'string' && values.includes(value);
const matches =
  (pattern: RegExp): Rule =>
  (value) =>
    typeof value === 'string' && pattern.test(value);
const isBoolean: Rule = (value) => typeof value === 'boolean';

/** Every settings value but `version` and `sites`, by its path (`model.overheadMultiplier`). */
export const FIELD_RULES: Record<string, Rule> = {
  costSource: oneOf(COST_SOURCES),
  fixedCostUsd: orNull(inRange(LIMITS.fixedCostUsd)),
  thinMarginPct: inRange(LIMITS.thinMarginPct),
  'model.electricityUsdPerKwh': inRange(LIMITS.electricityUsdPerKwh),
  'model.efficiencyJPerTh': orNull(inRange(LIMITS.efficiencyJPerTh)),
  'model.overheadMultiplier': inRange(LIMITS.overheadMultiplier),
  'annotate.btcPrice': isBoolean,
  'annotate.btcCost': isBoolean,
  'annotate.btcTarget': isBoolean,
  'display.theme': oneOf(THEMES),
  'display.hoverDelayMs': inRange(LIMITS.hoverDelayMs),
  'display.showElectricityFloor': isBoolean,
  'display.showBadge': isBoolean,
  'live.enabled': isBoolean,
  'live.baseUrl': matches(LIVE_BASE_URL_PATTERN),
  'live.refreshMinutes': inRange(LIMITS.liveRefreshMinutes),
  'live.maxAgeHours': inRange(LIMITS.liveMaxAgeHours),
};

/** Whether `value` is valid at `path`; unknown paths are not. */
export function isValidSetting(path: string, value: unknown): boolean {
  return FIELD_RULES[path]?.(value) ?? false;
}

/** Whether a stored site entry is valid: a lower-case host name and two flags. */
export function isValidSite(value: unknown): value is { host: string; enabled: boolean; builtIn: boolean } {
  if (typeof value !== 'object' || value === null) return false;
  const site = value as Record<string, unknown>;
  return matches(SITE_HOST_PATTERN)(site.host) && isBoolean(site.enabled) && isBoolean(site.builtIn);
}
