/**
 * V8 settings whosaid makes for itself, process-wide, imported first by every entry point that runs
 * analyze() (the CLI, the analysis worker thread, the speed benchmark), so the analysis code is
 * never optimised under other settings.
 *
 * `--interrupt-budget` is how much bytecode a function runs between V8's checks of whether to
 * optimise it. At V8 11.3's default (66 KB) TurboFan compiles much of the pipeline within the first
 * articles, before the rarer branches have run, then throws the code away when they do ("insufficient
 * type feedback") and compiles it again: over the first 500 BBC texts 245 of 618 optimising compiles
 * were re-compiles, and the compiler threads took a fifth of the process's CPU over all 2,225 texts.
 * With four times the budget functions gather more feedback first: fewer, steadier compiles for a
 * little more time in the interpreter. Measured over all 2,225 texts from a cold start (two
 * processes side by side): CPU ×0.970 at twice the default, ×0.976 more at four times, ×0.995
 * more at eight; the second half of the run, warm, the same within 1%.
 *
 * `--max-inlined-bytecode-size-cumulative` caps how much bytecode TurboFan inlines into one
 * function. The compiler threads still took about an eighth of a cold run's CPU (all 2,225 BBC
 * texts: 3.0–3.2 of 23–25 CPU-seconds); at 460, half the default of 920, they take about a ninth less
 * (2.65–2.9 s) and the main thread runs about as fast (−0.1% to +1.3%). Process CPU, pairs of
 * processes side by side with the order swapped each pair: ×0.986, ×0.985, ×1.001, ×0.992 through
 * this file, ×0.985, ×0.983 given on the command line. A quarter of the default against half:
 * ×1.005, ×0.992, the main thread losing what the compiler threads saved.
 *
 * `--max-inlined-bytecode-size` is the most bytecode of any one function inlined. At its default
 * (460, the whole cumulative cap above) a single large callee could take all of it; at 230
 * the main thread ran 0.1–2.6% faster in four pairs, the compiler threads the same within 3%:
 * process CPU ×0.989, ×0.976, ×0.996, ×0.987.
 *
 * `--always-sparkplug` compiles a function to Sparkplug's baseline code (bytecode translated to
 * machine code in one quick pass, no optimisation) when it is first compiled, not after it has run
 * a while in the interpreter: a cold run meets hundreds of functions that run often but not yet
 * long enough for TurboFan, and the first articles run them interpreted. Process CPU over all
 * 2,225 BBC texts from a cold start, pairs of processes side by side (the order swapped each pair),
 * output the same bytes: given on the command line ×0.992, ×0.976, ×0.991, ×0.997, ×0.990, ×1.001;
 * through this file ×0.989, ×0.994 (geometric mean of the eight ×0.991). Tried the same way and
 * not set: Maglev, V8 11.3's mid tier, off by default there (×0.999, ×1.016, ×1.005), and
 * `--no-lazy-feedback-allocation` (×1.000, ×1.007).
 *
 * No garbage-collector threading flag belongs here. Set after start-up, `--single-threaded-gc`
 * aborts the process at the first full collection (a V8 check fails in cppgc's marker: concurrent
 * marking was already set up), and so does turning off parallel marking, concurrent sweeping and
 * parallel compaction together; `--no-parallel-scavenge` alone ran but made no difference (200 BBC
 * texts: 3.06 against 3.08 CPU-s). Given on node's command line `--single-threaded-gc` moved CPU
 * from the helper threads to the main thread (0.08 s of 3.1 over 200 texts) without saving any.
 */
import { setFlagsFromString } from 'node:v8';

/** The flags, each with its value. */
export const V8_FLAGS: readonly string[] = [
  '--interrupt-budget=270336',
  '--max-inlined-bytecode-size-cumulative=460',
  '--max-inlined-bytecode-size=230',
  '--always-sparkplug',
];

/**
 * V8_FLAGS less those node's own command line sets (`node --interrupt-budget=…`, or a switch turned
 * off, `node --no-always-sparkplug`): the user's choice wins.
 */
export function flagsToSet(execArgv: readonly string[]): string[] {
  const named = new Set(
    execArgv.map((a) =>
      a
        .split('=')[0]
        .replaceAll('_', '-')
        .replace(/^--no-/, '--'),
    ),
  );
  return V8_FLAGS.filter((flag) => !named.has(flag.split('=')[0]));
}

for (const flag of flagsToSet(process.execArgv)) setFlagsFromString(flag);
