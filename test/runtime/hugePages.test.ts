import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { HUGE_PAGES_TUNABLE, withHugePages } from '../../src/runtime/hugePages.js';

describe('withHugePages', () => {
  const cases: { name: string; tunables: string | undefined; expected: string | null }[] = [
    { name: 'none set: the setting alone', tunables: undefined, expected: HUGE_PAGES_TUNABLE },
    { name: 'an empty value: the setting alone', tunables: '', expected: HUGE_PAGES_TUNABLE },
    {
      name: 'other tunables are kept',
      tunables: 'glibc.malloc.arena_max=2',
      expected: `glibc.malloc.arena_max=2:${HUGE_PAGES_TUNABLE}`,
    },
    { name: 'the user’s own choice wins', tunables: 'glibc.malloc.hugetlb=0', expected: null },
    {
      name: 'also among others',
      tunables: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2',
      expected: null,
    },
  ];
  for (const { name, tunables, expected } of cases)
    it(name, () => assert.equal(withHugePages(tunables), expected));
});

describe('hugePages import', () => {
  // A script that imports the module, then prints the setting it runs under and exits with 3.
  const script =
    "await import('./src/runtime/hugePages.ts'); console.log(process.env.GLIBC_TUNABLES ?? ''); process.exit(3)";
  const run = (env: NodeJS.ProcessEnv) => {
    const base = { ...process.env };
    delete base.GLIBC_TUNABLES;
    delete base.WHOSAID_HUGE_PAGES;
    return spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      encoding: 'utf8',
      env: { ...base, ...env },
    });
  };
  const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
  const glibc = process.platform === 'linux' && typeof header?.glibcVersionRuntime === 'string';

  it('runs the command once, with the setting on Linux, and passes on its exit status and output', () => {
    const r = run({});
    assert.equal(r.status, 3, r.stderr);
    // One line only: the first process printed nothing of its own.
    assert.deepEqual(r.stdout.trim().split('\n'), [glibc ? HUGE_PAGES_TUNABLE : '']);
  });

  it('leaves the process alone when told to', () => {
    const r = run({ WHOSAID_HUGE_PAGES: '0' });
    assert.equal(r.status, 3, r.stderr);
    assert.equal(r.stdout.trim(), '');
  });
});
