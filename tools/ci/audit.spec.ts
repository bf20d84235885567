import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.join(__dirname, 'audit.mjs');
const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

/** The script as CI runs it, on a saved `npm audit --omit=dev --json` report. */
function judgeReport(file: string) {
  const run = spawnSync(process.execPath, [SCRIPT, file], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('CI dependency audit', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'relais-audit-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const saved = (name: string, report: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(report));
    return file;
  };

  it('fails on a high advisory in production dependencies and names it', () => {
    const { code, out } = judgeReport(fixture('npm-audit-high.json'));
    expect(code).toBe(1);
    expect(out).toContain('0 critical and 2 high');
    expect(out).toContain('high path-to-regexp <0.1.10: path-to-regexp outputs backtracking regular expressions https://github.com/advisories/GHSA-9wv6-86v2-598j');
    expect(out).toContain('high express');
    expect(out).not.toContain('GHSA-pxg6-pf52-xh8x');
  });

  it('fails on a critical one, and passes when nothing is above moderate', () => {
    const report = JSON.parse(readFileSync(fixture('npm-audit-high.json'), 'utf8'));
    report.vulnerabilities['path-to-regexp'].severity = 'critical';
    expect(judgeReport(saved('critical.json', report)).code).toBe(1);

    for (const vulnerability of Object.values<{ severity: string; via: unknown[] }>(report.vulnerabilities)) {
      if (vulnerability.severity !== 'low') vulnerability.severity = 'moderate';
    }
    report.metadata.vulnerabilities = { info: 0, low: 1, moderate: 2, high: 0, critical: 0, total: 3 };
    const passed = judgeReport(saved('moderate.json', report));
    expect(passed).toEqual({ code: 0, out: expect.stringContaining('no high or critical advisory in 412 production dependencies (2 moderate, 1 low, 0 info)') });
  });

  it.each(['npm-audit-endpoint-405.json', 'npm-audit-connection-refused.json'])(
    'warns without failing when the advisory endpoint gave no report (%s)',
    (name) => {
      const { code, out } = judgeReport(fixture(name));
      expect(code).toBe(0);
      expect(out).toContain('WARNING: npm audit could not run; production dependencies were NOT checked');
    },
  );

  it('fails on output that is no report for another reason, such as a missing lockfile', () => {
    const noLock = saved('no-lock.json', { error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.', detail: '' } });
    expect(judgeReport(noLock)).toEqual({ code: 1, out: expect.stringContaining('npm audit gave no report') });
    expect(judgeReport(saved('garbage.json', 'not json')).code).toBe(1);
  });
});
