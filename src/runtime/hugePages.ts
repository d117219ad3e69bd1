/**
 * Huge memory pages for the model tables, asked for at start-up by every entry point that runs
 * analyze(): the commands that analyse articles (bin/whosaid.js imports this before anything else)
 * and the benches. The parser's move and label tables (16 and 27 MB), the tagger's and the recognizer's are
 * typed arrays far bigger than the CPU's caches, read at random: each read that misses the cache
 * also walks the page tables, unless the memory lies in 2 MB pages. Linux gives anonymous memory such
 * pages only where a program asks for them (transparent_hugepage=madvise, Debian's default), and
 * glibc's malloc, which holds those arrays, asks only when the environment carries
 * GLIBC_TUNABLES=glibc.malloc.hugetlb=1 at start-up (glibc 2.35 and later). So when it is missing
 * on Linux with glibc, the main thread starts the same command again with it, on the same standard
 * streams, and exits as the child does.
 *
 * Measured on this 2-core machine, analyze() over BBC texts from a cold start, two processes side by
 * side with and without the setting: CPU per article ×0.89, ×0.94, ×0.95 over 1,000 texts, ×0.94,
 * ×0.95, ×0.95 over all 2,225. Output is the same bytes. The price is paid once: the second start
 * (about 50 ms) and the first touch of the tables in 2 MB pages, so one article's `whosaid analyze`
 * takes 0.03–0.2 s longer (of about 1.9 s). WHOSAID_HUGE_PAGES=0, or a GLIBC_TUNABLES that sets
 * glibc.malloc.hugetlb already, leaves the process as it is.
 */
import { spawnSync } from 'node:child_process';
import { isMainThread } from 'node:worker_threads';

export const HUGE_PAGES_TUNABLE = 'glibc.malloc.hugetlb=1';

/** GLIBC_TUNABLES with the huge-pages setting added, or null when it sets that tunable already. */
export function withHugePages(tunables: string | undefined): string | null {
  if (tunables?.split(':').some((t) => t.startsWith('glibc.malloc.hugetlb='))) return null;
  return tunables ? `${tunables}:${HUGE_PAGES_TUNABLE}` : HUGE_PAGES_TUNABLE;
}

/** Whether this process runs on glibc (musl and other C libraries have no such setting). */
function onGlibc(): boolean {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)
    ?.header;
  return typeof header?.glibcVersionRuntime === 'string';
}

if (isMainThread && process.platform === 'linux' && process.env.WHOSAID_HUGE_PAGES !== '0') {
  const tunables = withHugePages(process.env.GLIBC_TUNABLES);
  if (tunables !== null && onGlibc()) {
    const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, GLIBC_TUNABLES: tunables },
    });
    if (child.error) throw child.error;
    if (child.signal) process.kill(process.pid, child.signal);
    process.exit(child.status ?? 1);
  }
}
