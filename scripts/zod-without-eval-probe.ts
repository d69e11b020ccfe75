import type { Plugin } from 'vite';

// zod probes once whether it may compile code (`new Function("")`) and, if so, JIT-compiles object parsers. An
// extension's content security policy forbids that in Chromium (MV3) and Firefox (MV2) alike, so the probe
// always answers "no": it only leaves a Function constructor in the bundle, which Mozilla's add-ons linter reports
// as DANGEROUS_EVAL, and a CSP violation report each time it runs. This answers "no" at build time instead:
// zod behaves exactly as it does in the browser today (its jitless path), with no eval in the code.
const PROBE = /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/;
const ZOD_UTIL = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;

export function zodWithoutEvalProbe(): Plugin {
  return {
    name: 'miner-margin:zod-without-eval-probe',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_UTIL.test(id)) return null;
      if (!PROBE.test(code)) {
        // A zod update moved the probe: fail loudly rather than ship the eval again unnoticed.
        this.error(`zod's allowsEval probe not found in ${id}; update scripts/zod-without-eval-probe.ts`);
      }
      return {
        code: code.replace(PROBE, 'export const allowsEval = /* @__PURE__*/ cached(() => false);'),
        map: null,
      };
    },
  };
}
