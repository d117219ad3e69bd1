/**
 * Ingest progress: a one-line bar redrawn in place on a terminal (done/total, rate, ETA), plain
 * lines otherwise (CI logs, pipes): one per second at most, and only when something was stored or failed.
 */
import type { WriteStream } from 'node:tty';

const BAR_WIDTH = 24;
const REDRAW_MS = 100;
const PLAIN_INTERVAL_MS = 1000;

export interface ProgressState {
  done: number;
  failed: number;
  skipped: number;
  /** Inputs read so far; final once `readingDone`. */
  read: number;
  readingDone: boolean;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function formatProgress(state: ProgressState, elapsedMs: number, tty: boolean): string {
  const handled = state.done + state.failed + state.skipped;
  const total = state.read;
  const rate = elapsedMs > 0 ? (handled / elapsedMs) * 1000 : 0;
  const eta = state.readingDone && rate > 0 ? duration((total - handled) / rate) : '?';
  const totalText = state.readingDone ? String(total) : `${total}+`;
  const counts = `${handled}/${totalText} (${state.done} new, ${state.skipped} known, ${state.failed} failed) ${rate.toFixed(1)}/s ETA ${eta}`;
  if (!tty) return counts;
  const ratio = total > 0 ? Math.min(1, handled / total) : 0;
  const fill = Math.round(ratio * BAR_WIDTH);
  return `[${'#'.repeat(fill)}${'.'.repeat(BAR_WIDTH - fill)}] ${counts}`;
}

export class Progress {
  private start = Date.now();
  private last = 0;
  private lastHandled = -1;

  constructor(
    private readonly out: NodeJS.WritableStream & Partial<Pick<WriteStream, 'isTTY' | 'columns'>>,
  ) {}

  update(state: ProgressState, force = false): void {
    const now = Date.now();
    const tty = this.out.isTTY === true;
    if (!force && now - this.last < (tty ? REDRAW_MS : PLAIN_INTERVAL_MS)) return;
    const handled = state.done + state.failed + state.skipped;
    if (!tty && !force && handled === this.lastHandled) return;
    this.last = now;
    this.lastHandled = handled;
    const line = formatProgress(state, now - this.start, tty);
    if (tty) this.out.write(`\r${line.slice(0, (this.out.columns ?? 120) - 1)}\u001b[K`);
    else this.out.write(`${line}\n`);
  }

  finish(state: ProgressState): void {
    this.update(state, true);
    if (this.out.isTTY) this.out.write('\n');
  }
}
