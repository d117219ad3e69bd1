import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import { attributionModels, extractTrained } from '../../../src/extract/attributions/trained/index.js';
import {
  QUOTED_REPORT_RULE,
  reportInQuote,
} from '../../../src/extract/attributions/trained/quotedReports.js';
import { viewOf } from '../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../src/language/index.js';

const models = attributionModels();

/** The full trained extractor over a text tagged and parsed as analyze() does it. */
function extract(text: string) {
  const doc = polnearDoc({ name: 'test', text, gold: [] });
  return extractTrained(doc, [{ start: 0, end: text.length }], models!);
}

describe('trained extractor: a quote that reports speech inside it', { skip: !models }, () => {
  // text, participle cue, its source, inner source, inner content
  const cases: [string, string, string, string, string][] = [
    [
      'The Daily Ledger reported that the vote was delayed, quoting two council members, stating, “The two members, who attended the closed meeting, said the delay was meant to give the mayor more time.”',
      'stating',
      'The Daily Ledger',
      'The two members, who attended the closed meeting',
      'the delay was meant to give the mayor more time.',
    ],
    [
      'Port staff met on Monday. The Wire reported that the raid was part of a wider push against smugglers quoting three senior diplomats, stating, “The three diplomats, who have seen the plans, said the use of drones was part of a campaign that will later involve coastal patrols.”',
      'stating',
      'The Wire',
      'The three diplomats, who have seen the plans',
      'the use of drones was part of a campaign that will later involve coastal patrols.',
    ],
    [
      'Harbour Radio said the ferry had been sold, citing a port official, adding, “The official said the buyer would take over the route in March.”',
      'adding',
      'Harbour Radio',
      'The official',
      'the buyer would take over the route in March.',
    ],
  ];
  for (const [text, cue, outerSource, innerSource, innerContent] of cases)
    it(`${cue}: the outlet speaks, and ${innerSource} speaks through it`, () => {
      const found = extract(text);
      const outer = found.find((a) => a.cue.text === cue);
      assert.ok(outer, cue);
      assert.equal(outer.source?.text, outerSource);
      // Found by the quoted-report rule, or by the tagger itself when it reads the quote's "said".
      const inner = found.find(
        (a) => a.rule === QUOTED_REPORT_RULE || (a.cue.text === 'said' && a.via === outer.id),
      );
      assert.ok(inner, 'inner report');
      assert.equal(inner.cue.text, 'said');
      assert.equal(inner.source?.text, innerSource);
      assert.deepEqual(
        inner.content.map((c) => c.text),
        [innerContent],
      );
      assert.equal(inner.via, outer.id);
    });

  it('takes the that-clause subject for a quote that opens on its verb, chained via the participle', () => {
    // text, inner cue, inner source, inner content
    const cases: [string, string, string, string][] = [
      [
        'Admiral Sven Holt spoke on Sunday. In a recorded address, the admiral said that the fleet would sail on Friday, reported Coast Weekly. Adding that the admiral “urged sailors to return to their ships at once”.',
        'urged',
        'the admiral',
        'sailors to return to their ships at once',
      ],
      [
        'On Sunday night, in a recorded radio address, the admiral made a brief statement saying that the fleet would leave port on Friday to “secure the northern coast,” reported Coast Weekly. Adding that the admiral “called on sailors to return to their ships and to stand ready for one final patrol”.',
        'called on',
        'the admiral',
        'sailors to return to their ships and to stand ready for one final patrol',
      ],
    ];
    for (const [text, cue, source, content] of cases) {
      const found = extract(text);
      const adding = found.find((a) => a.cue.text === 'Adding');
      const inner = found.find((a) => a.cue.text === cue);
      assert.ok(adding && inner, text);
      assert.equal(adding.source?.text, 'Coast Weekly');
      assert.equal(inner.source?.text, source);
      assert.deepEqual(
        inner.content.map((c) => c.text),
        [content],
      );
      assert.equal(inner.via, adding.id);
    }
  });

  it('takes no reporting verb outside a quote held by another attribution', () => {
    for (const text of [
      'The mayor said the bridge was safe and engineers said it would reopen soon.',
      'Quotes like “the pilots said it was fine” are pinned to the wall of the hangar.',
    ])
      assert.ok(!extract(text).some((a) => a.rule === QUOTED_REPORT_RULE), text);
  });
});

describe('reportInQuote', () => {
  const text = 'Ana Ruiz wrote, “The pilots said the runway was wet,” and left. Nobody replied.';
  const doc = makeDoc(text);
  const view = viewOf(doc, [{ start: 0, end: text.length }]);
  const tok = (phrase: string) => {
    const at = text.indexOf(phrase);
    assert.ok(at >= 0, phrase);
    return doc.tokensInRange(at, at + phrase.length);
  };
  const words = (s: { start: number; end: number }) => doc.spanText(s.start, s.end);
  const cue = tok('said');
  const holder = tok('The pilots said the runway was wet');

  it('keeps the source inside the quote and cuts the content at the closing mark', () => {
    const found = reportInQuote(
      view,
      { cue, sources: [tok('Ana Ruiz'), tok('The pilots')], content: [tok('the runway was wet,” and left')] },
      holder,
    );
    assert.ok(found);
    assert.equal(words(found.source), 'The pilots');
    assert.deepEqual(found.content.map(words), ['the runway was wet']);
  });

  it('takes the words opening the quote when the only source marked stands outside it', () => {
    const found = reportInQuote(
      view,
      { cue, sources: [tok('Ana Ruiz')], content: [tok('the runway')] },
      holder,
    );
    assert.ok(found);
    assert.equal(words(found.source), 'The pilots');
  });

  it('gives up when no content is left inside the quote', () => {
    assert.equal(
      reportInQuote(view, { cue, sources: [tok('The pilots')], content: [tok('and left')] }, holder),
      null,
    );
  });

  it('takes no content from the speaker, or from words against it with no comma, before the cue', () => {
    // quote, source and cue, the span the tagger marked as content, the content kept
    const cases: [string, string, string, string[]][] = [
      ['“Nobody told us a thing,” she said.', 'Nobody told', 'Nobody', []],
      ['“Each night the guards told us the gate was shut,” she said.', 'the guards told', 'Each night', []],
      [
        '“The gate was shut, the guards told us,” she said.',
        'the guards told',
        'The gate was shut',
        ['The gate was shut'],
      ],
    ];
    for (const [text, phrase, marked, kept] of cases) {
      const doc = makeDoc(text);
      const view = viewOf(doc, [{ start: 0, end: text.length }]);
      const tok = (p: string) => doc.tokensInRange(text.indexOf(p), text.indexOf(p) + p.length);
      const both = tok(phrase);
      const cue = { start: both.end - 1, end: both.end };
      const source = { start: both.start, end: both.end - 1 };
      const found = reportInQuote(
        view,
        { cue, sources: [source], content: [tok(marked)] },
        tok(text.slice(1, text.indexOf('”'))),
      );
      assert.deepEqual(found?.content.map((s) => doc.spanText(s.start, s.end)) ?? [], kept, text);
    }
  });

  it('never reaches past the quote, the holder or the sentence, whatever spans the tagger gave', () => {
    const n = doc.length;
    const span = fc
      .tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 3 }), fc.array(span, { maxLength: 3 }), (sources, content) => {
        const found = reportInQuote(view, { cue, sources, content }, holder);
        if (!found) return;
        for (const s of [found.source, ...found.content]) {
          assert.ok(s.start >= holder.start && s.end <= holder.end && s.end > s.start);
          for (let k = s.start; k < s.end; k++)
            assert.equal(view.quotes.inside[k], view.quotes.inside[cue.start]);
        }
        assert.ok(found.source.end <= cue.start);
      }),
    );
  });
});

describe('trained extractor: a quote whose speaker the role tagger left unmarked', { skip: !models }, () => {
  // text, inner cue, the subject expected (null: no inner report)
  const cases: [string, string, string | null][] = [
    [
      'The Valley Post said on Friday, “The wardens, who spoke on condition of anonymity, said the dam would be drained before the storm.”',
      'said',
      'The wardens, who spoke on condition of anonymity',
    ],
  ];
  for (const [text, cue, subject] of cases)
    it(`${subject} —${cue}→`, () => {
      const inner = extract(text).find((a) => a.rule === QUOTED_REPORT_RULE);
      assert.ok(inner);
      assert.equal(inner.cue.text, cue);
      assert.equal(inner.source?.text, subject);
    });

  it('ends a content that opens a nested quotation at its closing mark', () => {
    // text, inner cue, inner content
    const cases: [string, string, string][] = [
      [
        'Nora Quinn said: “A woman from the council told me, ‘Your rent won’t go up at all,’ and I believed her for a year.”',
        'told',
        'Your rent won’t go up at all',
      ],
      [
        "Nora Quinn said: “A clerk from the council told me 'Your rent is safe,' and I believed him.”",
        'told',
        'Your rent is safe',
      ],
    ];
    for (const [text, cue, content] of cases) {
      const inner = extract(text).find((a) => a.rule === QUOTED_REPORT_RULE);
      assert.ok(inner, text);
      assert.equal(inner.cue.text, cue);
      assert.deepEqual(
        inner.content.map((c) => c.text),
        [content],
      );
    }
  });

  it('finds no quoted report where the quote goes on a verb phrase, or the speaker acts in it now', () => {
    for (const [text, cue] of [
      // An auxiliary before the mark: the quote takes up the clause's own verb, "found cash".
      [
        'The mayor spoke first, adding that the board had “found cash for a car park in one afternoon.”',
        'found',
      ],
      // A first-person present-tense verb: the quoted speaker asks now, no one reported.
      [
        'Harbour chief Ana Roe told reporters: “The inquiry is open. We ask the crews to return to work.”',
        'ask',
      ],
      ['The mayor said on Friday, “I urge everyone to stay off the pier until it is checked.”', 'urge'],
    ]) {
      const found = extract(text).filter((a) => a.rule === QUOTED_REPORT_RULE && a.cue.text === cue);
      assert.deepEqual(found, [], text);
    }
  });

  it('reads no subject from words that open a clause or hold a verb', () => {
    for (const [text, cue] of [
      ['The Valley Post said on Friday, “No matter what anyone says, the dam will hold.”', 'says'],
      ['The Valley Post said on Friday, “Whatever the wardens claimed, the dam will hold.”', 'claimed'],
      [
        'The Valley Post said on Friday, “Once the rain stopped the wardens said the dam would hold.”',
        'said',
      ],
    ]) {
      const doc = polnearDoc({ name: 'test', text, gold: [] });
      const view = viewOf(doc, [{ start: 0, end: text.length }]);
      const at = text.lastIndexOf(cue);
      const cueSpan = doc.tokensInRange(at, at + cue.length);
      const open = text.indexOf('“') + 1;
      const holder = doc.tokensInRange(open, text.indexOf('”'));
      const content = { start: cueSpan.end, end: holder.end };
      assert.equal(
        reportInQuote(view, { cue: cueSpan, sources: [], content: [content] }, holder),
        null,
        text,
      );
    }
  });
});

describe('reportInQuote: a quote that opens on its verb', () => {
  const text = 'Bay Radio ran it, adding that the pilot “warned crews about ice” before dawn.';
  const doc = makeDoc(text);
  const view = viewOf(doc, [{ start: 0, end: text.length }]);
  const tok = (phrase: string) => {
    const at = text.indexOf(phrase);
    return doc.tokensInRange(at, at + phrase.length);
  };
  const words = (s: { start: number; end: number }) => doc.spanText(s.start, s.end);
  const cue = tok('warned');
  const holder = tok('that the pilot “warned crews about ice” before dawn');

  it('takes the subject before the opening mark, marked by the tagger or read from the that-clause', () => {
    for (const sources of [[tok('the pilot')], []]) {
      const found = reportInQuote(
        view,
        { cue, sources, content: [tok('crews about ice” before dawn')] },
        holder,
      );
      assert.ok(found);
      assert.equal(words(found.source), 'the pilot');
      assert.deepEqual(found.content.map(words), ['crews about ice']);
    }
  });

  it('reads no subject when the holder is not a that-clause', () => {
    const bare = tok('the pilot “warned crews about ice” before dawn');
    assert.equal(reportInQuote(view, { cue, sources: [], content: [tok('crews about ice')] }, bare), null);
  });
});

describe('trained extractor: the quote form of a content relays cut', { skip: !models }, () => {
  it('calls a quoted statement direct once the relay tail is taken out of it', () => {
    const text =
      'The mayor spoke on Monday. “We have learned a great deal from the survey. The water came from the hills and not from the river,” she added, stated the Harbour Herald.';
    const added = extract(text).find((a) => a.cue.text === 'added');
    assert.ok(added);
    assert.equal(added.form, 'direct');
  });
});
