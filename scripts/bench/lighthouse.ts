/**
 * Lighthouse (pinned devDependency lighthouse@12.2.3, desktop preset) against one URL, through its
 * CLI with the system Chromium (CHROME_PATH): performance and accessibility scores, total blocking
 * time, and the accessibility audits that failed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../data-files.ts';

export interface LighthouseReport {
  url: string;
  performance: number | null;
  accessibility: number | null;
  tbtMs: number;
  fcpMs: number;
  lcpMs: number;
  /** Ids of accessibility audits scored below 1 (e.g. `heading-order`, `target-size`). */
  failedAccessibility: string[];
}

interface LhrAudit {
  score: number | null;
  numericValue?: number;
}
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhrAudit>;
}

/** Reads the scores out of a Lighthouse JSON result (the `lhr`). */
export function summariseLhr(url: string, lhr: Lhr): LighthouseReport {
  const a11y = lhr.categories.accessibility;
  return {
    url,
    performance: lhr.categories.performance?.score ?? null,
    accessibility: a11y?.score ?? null,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    failedAccessibility: (a11y?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  };
}

export async function runLighthouse(url: string, chromium: string, out: string): Promise<LighthouseReport> {
  mkdirSync(dirname(out), { recursive: true });
  const bin = join(ROOT, 'node_modules', '.bin', 'lighthouse');
  await promisify(execFile)(
    bin,
    [
      url,
      '--preset=desktop',
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --enable-unsafe-swiftshader --no-first-run',
    ],
    { cwd: ROOT, env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 << 20, timeout: 180_000 },
  );
  return summariseLhr(url, JSON.parse(readFileSync(out, 'utf8')) as Lhr);
}
