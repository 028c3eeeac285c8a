#!/usr/bin/env node
// First step of `npm test` (and of test:browser, bench): the browser tests and the benchmark drive
// Debian's Chromium. Without it they fail minutes later with a raw launch error; this says at once
// what is missing and the one command that fixes it.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fix = 'apt-get install -y chromium fonts-noto-cjk   (or set CHROMIUM_PATH to a Chromium or Chrome binary)';

let version;
try {
  accessSync(path, constants.X_OK);
  version = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
} catch (err) {
  const why = err.code === 'ENOENT' ? 'not found' : err.code === 'EACCES' ? 'not executable' : `does not start (${String(err.message).split('\n')[0]})`;
  process.stderr.write(`Chromium at ${path}: ${why}.\nThe browser tests and the benchmark need it. Fix:\n  ${fix}\n`);
  process.exit(1);
}

// Chinese labels need a CJK font; without one they render as boxes (the tests would still run).
try {
  const fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 10_000 });
  if (!fonts.trim()) process.stderr.write(`warning: no Chinese (CJK) font installed; labels in Chinese will not render. Fix: apt-get install -y fonts-noto-cjk\n`);
} catch {
  // no fontconfig tools: nothing to check
}
process.stdout.write(`${version} (${path})\n`);
