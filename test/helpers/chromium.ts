/**
 * Finds Debian's Chromium for the end-to-end tests, installing it when missing and possible
 * (root with apt-get). Where it cannot, it fails naming the package: never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const HOW_TO_INSTALL =
  'The end-to-end tests need Chromium at /usr/bin/chromium: install the Debian package `chromium` (as root: apt-get update && apt-get install -y chromium).';

export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall)
    throw new Error(`${HOW_TO_INSTALL} (not root or no apt-get here, so it was not installed automatically)`);
  process.stderr.write('Chromium is missing: installing the Debian package `chromium` with apt-get…\n');
  const r = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y --no-install-recommends chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0 || !existsSync(CHROMIUM_PATH)) throw new Error(`${HOW_TO_INSTALL} (apt-get failed)`);
  return CHROMIUM_PATH;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}
