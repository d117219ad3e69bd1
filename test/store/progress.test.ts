import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProgress, Progress } from '../../src/corpus/progress.js';

const state = { done: 40, skipped: 10, failed: 0, read: 100, readingDone: true };

describe('ingest progress', () => {
  it('shows done/total, rate and ETA once the total is known', () => {
    assert.equal(formatProgress(state, 10_000, false), '50/100 (40 new, 10 known, 0 failed) 5.0/s ETA 10s');
  });

  it('marks a total still growing and gives no ETA for it', () => {
    assert.equal(
      formatProgress({ ...state, readingDone: false }, 10_000, false),
      '50/100+ (40 new, 10 known, 0 failed) 5.0/s ETA ?',
    );
  });

  it('draws a bar on a terminal', () => {
    assert.match(formatProgress(state, 10_000, true), /^\[#{12}\.{12}\] 50\/100/);
  });

  it('writes plain lines to a pipe and redraws in place on a terminal', () => {
    const lines: string[] = [];
    const plain = new Progress({ write: (s: string) => lines.push(s) } as unknown as NodeJS.WritableStream);
    plain.update(state, true);
    plain.update(state); // within the interval: not written
    plain.finish(state);
    assert.equal(lines.length, 2);
    assert.ok(lines.every((l) => l.endsWith('\n') && !l.includes('\r')));

    const screen: string[] = [];
    const tty = new Progress({
      write: (s: string) => screen.push(s),
      isTTY: true,
      columns: 80,
    } as unknown as NodeJS.WritableStream);
    tty.update(state, true);
    tty.finish(state);
    assert.ok(screen[0]!.startsWith('\r['));
    assert.equal(screen.at(-1), '\n');
  });
});
