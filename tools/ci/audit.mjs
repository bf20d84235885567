// CI's dependency audit: fails on a high or critical advisory against a production dependency.
//   node tools/ci/audit.mjs                 runs `npm audit --omit=dev --json` and judges it
//   node tools/ci/audit.mjs report.json     judges a saved report
// Exit 1 on a finding or on output that is no report. When the registry's audit endpoint cannot
// be reached, or refuses the request (a mirror that serves packages but not advisories answers
// 405), it warns loudly and exits 0: that is no finding, and failing would make CI red for the
// network, not for a dependency.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const FAILING = new Set(['high', 'critical']);
const ADVISORY_ENDPOINT = '/-/npm/v1/security/';

function runNpmAudit() {
  // --audit-level only changes npm's exit code, which also says 1 when the audit could not run;
  // the JSON is judged here instead.
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  return run.stdout;
}

function advisoriesOf(vulnerability) {
  return vulnerability.via.filter((via) => typeof via === 'object' && FAILING.has(via.severity));
}

/** @returns {{ verdict: 'pass' | 'fail' | 'unavailable', lines: string[] }} */
export function judge(text) {
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    return { verdict: 'fail', lines: ['npm audit printed no JSON report:', text.slice(0, 2000)] };
  }
  if (!report || typeof report !== 'object' || !report.vulnerabilities || !report.metadata) {
    const message = String(report?.message ?? report?.error?.summary ?? '');
    if (message.includes(ADVISORY_ENDPOINT)) {
      return {
        verdict: 'unavailable',
        lines: [
          'WARNING: npm audit could not run; production dependencies were NOT checked for known vulnerabilities.',
          `The registry's advisory endpoint did not answer with a report: ${message}`,
        ],
      };
    }
    return { verdict: 'fail', lines: ['npm audit gave no report:', JSON.stringify(report).slice(0, 2000)] };
  }
  const counts = report.metadata.vulnerabilities;
  const failing = Object.values(report.vulnerabilities).filter((v) => FAILING.has(v.severity));
  if (!failing.length) {
    const others = ['moderate', 'low', 'info'].map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
    return { verdict: 'pass', lines: [`npm audit: no high or critical advisory in ${report.metadata.dependencies.prod} production dependencies (${others}).`] };
  }
  const lines = [`npm audit: ${counts.critical ?? 0} critical and ${counts.high ?? 0} high in production dependencies:`];
  for (const vulnerability of failing) {
    const own = advisoriesOf(vulnerability);
    const why = own.length ? own.map((a) => `${a.title} ${a.url}`).join('; ') : `through ${vulnerability.via.join(', ')}`;
    lines.push(`  ${vulnerability.severity} ${vulnerability.name} ${vulnerability.range}: ${why}`);
  }
  lines.push('Upgrade or replace them (npm audit --omit=dev shows the fixes).');
  return { verdict: 'fail', lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const saved = process.argv[2];
  const { verdict, lines } = judge(saved ? readFileSync(saved, 'utf8') : runNpmAudit());
  (verdict === 'pass' ? console.log : console.error)(lines.join('\n'));
  process.exitCode = verdict === 'fail' ? 1 : 0;
}
