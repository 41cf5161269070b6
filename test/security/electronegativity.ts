// Doyensec's Electronegativity over the Electron and renderer sources. It always exits 0 and its
// severity filter does not apply to the SARIF it writes, so the verdict is ours: a finding of a
// denied check fails, unless that exact finding was reviewed below and found to be by design.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const repoRoot = resolve(import.meta.dirname, '../..');

/** The Electron the app ships with, passed explicitly (the tool would otherwise guess from files). */
export const electronVersion: string = (require('electron/package.json') as { version: string }).version;

/**
 * Checks whose findings fail the build: every check Electronegativity 1.10 has, except the
 * review-only ones below. Each is a setting or pattern the app must never have.
 */
export const deniedChecks: readonly string[] = [
  'AFFINITY_GLOBAL_CHECK', 'AFFINITY_HTML_CHECK', 'AFFINITY_JS_CHECK',
  'ALLOWPOPUPS_HTML_CHECK',
  'AUXCLICK_HTML_CHECK', 'AUXCLICK_JS_CHECK',
  'BLINK_FEATURES_HTML_CHECK', 'BLINK_FEATURES_JS_CHECK',
  'CERTIFICATE_ERROR_EVENT_JS_CHECK', 'CERTIFICATE_VERIFY_PROC_JS_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK',
  'CSP_GLOBAL_CHECK', 'CSP_HTML_CHECK', 'CSP_JS_CHECK',
  'CUSTOM_ARGUMENTS_JSON_CHECK', 'CUSTOM_ARGUMENTS_JS_CHECK',
  'DANGEROUS_FUNCTIONS_JS_CHECK',
  'EXPERIMENTAL_FEATURES_HTML_CHECK', 'EXPERIMENTAL_FEATURES_JS_CHECK',
  'HTTP_RESOURCES_HTML_CHECK', 'HTTP_RESOURCES_JS_CHECK', 'HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK',
  'INSECURE_CONTENT_HTML_CHECK', 'INSECURE_CONTENT_JS_CHECK',
  'LIMIT_NAVIGATION_GLOBAL_CHECK', 'LIMIT_NAVIGATION_JS_CHECK',
  'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK', 'NODE_INTEGRATION_JS_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_JS_CHECK',
  'PROTOCOL_HANDLER_JS_CHECK',
  'REMOTE_MODULE_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'SECURITY_WARNINGS_DISABLED_JSON_CHECK', 'SECURITY_WARNINGS_DISABLED_JS_CHECK',
  'WEB_SECURITY_HTML_CHECK', 'WEB_SECURITY_JS_CHECK',
];

/**
 * Checks that only ask a human to look (they fire on any use), and where the looking is done by
 * a unit test instead. Reported in the SARIF, never failing.
 */
export const reviewOnlyChecks: Readonly<Record<string, string>> = {
  OPEN_EXTERNAL_JS_CHECK: 'every call passes a URL checked by electron/main/externalUrl.ts (externalUrl.test.ts)',
  PRELOAD_JS_CHECK: 'the preload exposes one frozen bridge of channel-checked calls (electron/preload/index.test.ts)',
  ELECTRON_VERSION_JSON_CHECK: 'Electron is upgraded with the dependencies; the version is passed explicitly',
};

/** Findings of denied checks that were reviewed and are by design; each must still occur (no stale entries). */
export const reviewedFindings: readonly { ruleId: string; file: string; message: string; why: string }[] = [
  {
    ruleId: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    message: 'One or more CSP directives detected are vulnerable',
    why:
      "csp-evaluator's only complaint is plain http in connect-src, allowed for 127.0.0.1 and localhost alone, so an " +
      'officer can enroll with a sync server on this computer; loopback traffic never leaves the machine. In Electron ' +
      'the app:// policy narrows connect-src to the enrolled server once there is one (electron/main/appProtocol.ts).',
  },
];

/** Cannot run offline: it downloads Electron's release list. Upgrades come with the dependencies. */
const excludedChecks = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  ruleId: string;
  file: string;
  line: number | undefined;
  message: string;
}

interface Sarif {
  runs: { results: { ruleId: string; message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[];
}

/**
 * Scans copies of `folders` (relative to the repository; test files left out, since their mocks
 * build insecure windows on purpose) and writes the SARIF to `sarifPath`. `extraFiles` adds files
 * to the scanned copy (the control test plants insecure code that way).
 */
export async function scanSources(options: { folders: readonly string[]; sarifPath: string; extraFiles?: Record<string, string> }): Promise<Finding[]> {
  const scanRoot = await mkdtemp(join(tmpdir(), 'attache-electronegativity-'));
  try {
    for (const folder of options.folders) {
      await cp(join(repoRoot, folder), join(scanRoot, folder), { recursive: true, filter: (source) => !/\.(test|spec)\.tsx?$/.test(source) });
    }
    for (const [path, text] of Object.entries(options.extraFiles ?? {})) {
      await mkdir(dirname(join(scanRoot, path)), { recursive: true });
      await writeFile(join(scanRoot, path), text);
    }
    // The tool writes the report but does not create its folder (absent on a fresh checkout).
    await mkdir(dirname(resolve(options.sarifPath)), { recursive: true });
    const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
    const args = ['-i', scanRoot, '-e', electronVersion, '-o', resolve(options.sarifPath), '-r', '-v', 'false', '-x', excludedChecks.join(',')];
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { timeout: 120_000 });
    // A file it cannot parse is skipped with a message only: that would hide findings, so it fails.
    const parseErrors = `${stdout}\n${stderr}`.split('\n').filter((line) => /Error parsing/.test(line));
    if (parseErrors.length > 0) throw new Error(`Electronegativity could not parse:\n${parseErrors.join('\n')}`);
    const sarif = JSON.parse(await readFile(options.sarifPath, 'utf8')) as Sarif;
    return sarif.runs.flatMap((r) =>
      r.results.map((result) => ({
        ruleId: result.ruleId,
        file: result.locations?.[0]?.physicalLocation.artifactLocation.uri ?? '',
        line: result.locations?.[0]?.physicalLocation.region?.startLine,
        message: result.message.text,
      })),
    );
  } finally {
    await rm(scanRoot, { recursive: true, force: true });
  }
}

const isReviewed = (f: Finding) => reviewedFindings.some((r) => r.ruleId === f.ruleId && r.file === f.file && r.message === f.message);

/** The findings that fail: of a denied check and not reviewed. */
export function deniedFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => deniedChecks.includes(f.ruleId) && !isReviewed(f));
}

/** Reviewed findings that no longer occur (their entry should go). */
export function staleReviews(findings: readonly Finding[]): typeof reviewedFindings {
  return reviewedFindings.filter((r) => !findings.some((f) => r.ruleId === f.ruleId && r.file === f.file && r.message === f.message));
}
