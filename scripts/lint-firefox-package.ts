// `npm run lint:store`: Mozilla's add-ons linter (the check addons.mozilla.org runs on upload) on the Firefox
// package. Fails on any error or notice, and on any warning not listed below with its reason (store/README.md).
// Usage: tsx scripts/lint-firefox-package.ts [path to the .zip or build folder]
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LinterReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LinterMessage[];
  notices: LinterMessage[];
  warnings: LinterMessage[];
}

/** Warnings that stay, each with the reason (also in store/README.md). */
const EXPECTED_WARNINGS: { code: string; file: RegExp; reason: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/settings-[\w-]+\.js$/,
    reason:
      "React DOM's dangerouslySetInnerHTML support in the shared chunk; the extension never passes that prop (ESLint forbids it).",
  },
];

function defaultPackage(): string {
  const folder = process.env.MINER_MARGIN_OUT_DIR ?? '.output';
  const zip = readdirSync(folder).find((name) => name.endsWith('-firefox.zip'));
  if (!zip) throw new Error(`no *-firefox.zip in ${folder}: run npm run zip:firefox first`);
  return join(folder, zip);
}

const target = process.argv[2] ?? defaultPackage();
let output: string;
try {
  output = execFileSync('npx', ['addons-linter', '--output', 'json', target], { encoding: 'utf8' });
} catch (error) {
  // The linter exits non-zero when it finds errors; its JSON is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output) as LinterReport;
const where = (message: LinterMessage) =>
  `${message.file ?? 'manifest'}${message.line ? `:${message.line}:${message.column ?? 0}` : ''}`;

console.log(`addons-linter ${target}`);
console.log(
  `errors ${report.summary.errors}, notices ${report.summary.notices}, warnings ${report.summary.warnings}`,
);
let failed = false;
for (const message of [...report.errors, ...report.notices]) {
  console.log(`  FAIL ${message.code} ${where(message)}: ${message.message}`);
  failed = true;
}
for (const message of report.warnings) {
  const expected = EXPECTED_WARNINGS.find(
    (entry) => entry.code === message.code && entry.file.test(message.file ?? ''),
  );
  if (expected) console.log(`  expected ${message.code} ${where(message)}: ${expected.reason}`);
  else {
    console.log(`  FAIL ${message.code} ${where(message)}: ${message.message}`);
    failed = true;
  }
}
console.log(
  failed ? 'add-ons linter: FAILED' : 'add-ons linter: clean (0 errors, only the expected warnings)',
);
process.exitCode = failed ? 1 : 0;
