import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Analysis } from '../../src/analysis/types.js';
import { chainOf, elideMiddle, indexAnalysis, timeline } from '../../src/report/describe.js';
import { shouldColour, visibleLength, wrapLine } from '../../src/report/terminal.js';
import { renderText, renderTextBatchItem } from '../../src/report/text.js';
import { emptyAnalysis, fixtureAnalysis, spanOf } from './fixture.js';

const report = (a: Analysis = fixtureAnalysis(), width = 100) => renderText(a, { width });

describe('text report: header and scorecard', () => {
  it('starts with the title, authors, date and outlet', () => {
    const lines = report().split('\n');
    assert.equal(lines[0], 'Harbour cranes idle in Port Sélène 🚢');
    assert.equal(lines[1], 'by Mara Quint, Desk Editor · published 2026-11-25 · Example Gazette');
    assert.match(report(), /removed: repeated-title, byline, boilerplate/);
  });

  it('shows every scorecard count', () => {
    const text = report();
    for (const expected of [
      /attributions\s+7 · 5 distinct sources/,
      /named sources\s+1 person · 2 organizations · 1 media · 0 documents/,
      /anonymous\s+1 source · 14% of attributions/,
      /0 author · 0 unknown · 1 agentless/,
      /quotes\s+1 direct · 5 indirect · 1 mixed/,
      /claims\s+3 · 2 unsourced \(67%\) · 1 unsourced and check-worthy/,
      /disputes\s+1/,
      /outlets relayed\s+Coastal Ledger/,
    ])
      assert.match(text, expected);
  });

  it('says what is missing rather than printing null', () => {
    const text = report(emptyAnalysis('Nothing here.'));
    assert.match(text, /^\(no title found\)\nauthor unknown · date unknown\n/);
    assert.doesNotMatch(text, /null|undefined|NaN/);
    assert.match(text, /ATTRIBUTIONS \(0\)\n {2}none found/);
    for (const absent of ['UNSOURCED', 'DISPUTES', 'TIMELINE']) assert.ok(!text.includes(absent), absent);
  });
});

describe('text report: attributions', () => {
  const text = report();
  const cases: [string, RegExp][] = [
    [
      'source, cue and content fragments',
      /A2 {2}Ilse Brandt —said→ "We will not move a single container, … Not one\."/,
    ],
    [
      'the resolved entity when it differs',
      /A5 {2}Brandt —told→ "wages had not risen since 2019"\n\s+indirect · person · = Ilse Brandt \(E1\)/,
    ],
    ['the chain', /via the paper \[Coastal Ledger\] \(A4\)/],
    ['a non-assert stance', /mixed · organization · stance: deny/],
    [
      'an agentless attribution',
      /A7 {2}\(no source\) —It was claimed→ "the strike would spread"\n\s+indirect · agentless/,
    ],
    [
      'an anonymous source',
      /An official who asked not to be named —said→ "talks were expected"\n\s+indirect · anonymous/,
    ],
    ['rule and confidence', /quote-said-name 0\.95/],
  ];
  for (const [what, pattern] of cases) it(`shows ${what}`, () => assert.match(text, pattern));

  it('follows via transitively and stops on loops', () => {
    const a = fixtureAnalysis();
    a.attributions.push({ ...a.attributions[5], id: 'A8', via: 'A5' });
    const chain = chainOf(a.attributions[7], indexAnalysis(a)).map((x) => x.id);
    assert.deepEqual(chain, ['A5', 'A4']);
    assert.match(report(a), /via Brandt \[Ilse Brandt\] \(A5\), via the paper \[Coastal Ledger\] \(A4\)/);
    a.attributions[3].via = 'A8';
    assert.deepEqual(
      chainOf(a.attributions[7], indexAnalysis(a)).map((x) => x.id),
      ['A5', 'A4'],
    );
  });

  it('shortens long contents in the middle, keeping both ends', () => {
    const a = fixtureAnalysis();
    const long = `Start ${'word '.repeat(200)}finish`;
    a.attributions[0].content = [{ start: 0, end: 0, text: long }];
    const line = report(a, 1000)
      .split('\n')
      .find((l) => l.includes('A1 '))!;
    assert.match(line, /"Start word .* \[…\] .*word finish"/);
    assert.ok(line.length < 400, line);
  });
});

describe('text report: entities, claims, disputes, timeline', () => {
  const text = report();
  it('lists entities with their variants', () => {
    assert.match(text, /E1 {2}PERSON {2}Ilse Brandt ×2 — also: Brandt/);
    assert.match(text, /E3 {2}GPE {5}Port Sélène ×2\n/);
  });
  it('lists only unsourced check-worthy claims', () => {
    const section = /UNSOURCED CHECK-WORTHY CLAIMS[\s\S]*?\n\n/.exec(text)![0];
    assert.equal(
      section,
      'UNSOURCED CHECK-WORTHY CLAIMS (1)\n  0.83  "and 40 ships now wait offshore." (C1)\n\n',
    );
  });
  it('lists framing words with their claim', () => {
    assert.match(text, /FRAMING IN THE AUTHOR'S VOICE \(1\)\n {2}"idle" in "idle" \(C3\)/);
  });
  it('pairs a dispute with its denials', () => {
    assert.match(
      text,
      /D1 {2}A1 the union: "Dock workers walked out on Tuesday"\n\s+↔ A3 The harbour authority/,
    );
    assert.match(text, /about: "the report"/);
  });
  it('orders the timeline by date, relative dates last', () => {
    const order = timeline(fixtureAnalysis().dates).map((d) => d.text);
    assert.deepEqual(order, ['2019', 'Tuesday', 'last May']);
    const at = (s: string) => text.indexOf(s);
    assert.ok(
      at('2019        2019') < at('2026-11-24  Tuesday') && at('2026-11-24') < at('relative    last May'),
      text,
    );
  });
});

describe('text report: terminal', () => {
  it('colours only when asked', () => {
    assert.ok(renderText(fixtureAnalysis(), { colour: true }).includes('\u001b['), 'colour');
    assert.ok(!renderText(fixtureAnalysis(), { colour: false }).includes('\u001b['), 'no colour');
  });

  it('colours a terminal unless NO_COLOR is set', () => {
    const cases: [boolean | undefined, NodeJS.ProcessEnv, boolean][] = [
      [true, {}, true],
      [true, { NO_COLOR: '1' }, false],
      [true, { NO_COLOR: '' }, true],
      [false, {}, false],
      [undefined, {}, false],
    ];
    for (const [tty, env, expected] of cases)
      assert.equal(shouldColour(tty, env), expected, JSON.stringify([tty, env]));
  });

  it('wraps to the width, colour codes taking no columns', () => {
    for (const width of [40, 60, 100]) {
      for (const colour of [false, true]) {
        const lines = renderText(fixtureAnalysis(), { width, colour }).split('\n');
        for (const line of lines) {
          const longestWord = Math.max(...line.split(' ').map(visibleLength));
          assert.ok(visibleLength(line) <= width || longestWord > width / 2, `${width}: ${line}`);
        }
      }
    }
  });

  it('wrapping loses no words and keeps runs of spaces inside a line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zé🚢]{1,12}$/u), { maxLength: 40 }),
        fc.integer({ min: 30, max: 80 }),
        (words, width) => {
          const line = `  ${words.join(' ')}`;
          const wrapped = wrapLine(line, width, 4);
          assert.deepEqual(wrapped.join(' ').split(/ +/).filter(Boolean), words);
        },
      ),
    );
    assert.deepEqual(wrapLine('  A1  x', 30), ['  A1  x']);
  });

  it('a batch item names its input under a rule', () => {
    const item = renderTextBatchItem(fixtureAnalysis(), false, {});
    assert.match(item, /^\n═+\nfixtures\/port-strike\.txt\n═+\nHarbour cranes/);
  });
});

describe('elideMiddle', () => {
  it('never splits a surrogate pair and respects the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 10, max: 300 }),
        (s, max) => {
          const out = elideMiddle(s, max);
          assert.ok(out === s || [...out].length <= max, out);
          assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(out), out);
        },
      ),
    );
  });

  it('keeps the first and last words', () => {
    const s = spanOf('PORT SÉLÈNE — Dock workers walked out on Tuesday').text;
    assert.equal(elideMiddle(s, 1000), s);
    assert.match(elideMiddle(s, 20), /^PORT SÉL.* \[…\] .*Tuesday$/);
  });
});
