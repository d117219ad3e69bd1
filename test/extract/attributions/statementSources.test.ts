import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../src/analysis/types.js';
import { linkChains, numberInOrder } from '../../../src/extract/attributions/chains.js';
import { joinRelays } from '../../../src/extract/attributions/relays.js';
import { statementCues, statementSources } from '../../../src/extract/attributions/statementSources.js';
import { flatIn } from './fixtures.js';

// Flat attributions as a tagger trained on PolNeAR gives them; the sentences are invented.
const attr = (text: string, source: string | null, cue: string, content: string, lemma: string) =>
  flatIn(text, source, cue, content, lemma, 'document');

describe('statementSources', () => {
  const cases: [string, string, string, string, string, string][] = [
    // text, tagged source, tagged cue, expected source, expected cue
    [
      'On Friday, at a press event, the admiral made a public statement saying that the fleet would sail.',
      'a public statement',
      'saying',
      'the fleet would sail',
      'the admiral',
      'made a public statement saying',
    ],
    [
      'The harbour master issued a brief written statement, warning that the pier was closed.',
      'The harbour master issued a brief written statement',
      'warning',
      'the pier was closed',
      'The harbour master',
      'issued a brief written statement, warning',
    ],
    [
      'Dr. Amal Reyes gave a speech stating that the clinic would expand.',
      'a speech',
      'stating',
      'the clinic would expand',
      'Dr. Amal Reyes',
      'gave a speech stating',
    ],
  ];
  for (const [text, source, cue, content, wantSource, wantCue] of cases)
    it(`gives the statement's maker, not the statement, as the source: ${wantSource}`, () => {
      const a = attr(text, source, cue, content, 'say');
      statementSources(text, [a]);
      assert.equal(a.source?.text, wantSource);
      assert.equal(text.slice(a.source!.start, a.source!.end), wantSource);
      assert.equal(a.cue.text, wantCue);
      assert.equal(text.slice(a.cue.start, a.cue.end), wantCue);
      assert.equal(a.cue.lemma, 'say');
      assert.equal(a.content[0].text, content);
    });

  const untouched: [string, string | null, string, string][] = [
    // a document that speaks for itself, a participle with no source, a verb that is not a statement's support
    ['The annual report, noting that sales fell, was released.', 'The annual report', 'noting', 'sales fell'],
    ['Adding that the fleet would sail, the admiral left.', null, 'Adding', 'the fleet would sail'],
    [
      'The admiral read a statement aloud, saying that the fleet would sail.',
      'The admiral',
      'saying',
      'the fleet',
    ],
  ];
  for (const [text, source, cue, content] of untouched)
    it(`leaves other participle cues alone: ${cue}`, () => {
      const a = attr(text, source, cue, content, 'say');
      const before = structuredClone(a);
      statementSources(text, [a]);
      assert.deepEqual(a, before);
    });

  it('never throws and keeps every span on its text, whatever the words', () => {
    const word = fc.constantFrom(
      'the',
      'admiral',
      'made',
      'issued',
      'a',
      'public',
      'statement',
      ',',
      'saying',
      'Hill',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), fc.nat(), fc.nat(), (words, a, b) => {
        const text = `${words.join(' ')} saying that it rained.`;
        const cueStart = text.lastIndexOf('saying');
        const [s, e] = [Math.min(a, b) % (cueStart + 1), Math.max(a, b) % (cueStart + 1)];
        const one: Attribution = {
          ...attr(text, null, 'saying that', 'it rained', 'say'),
          source: { start: s, end: e, text: text.slice(s, e), entity: null, kind: 'unknown' },
        };
        one.cue = { start: cueStart, end: cueStart + 6, text: 'saying', lemma: 'say', stance: 'assert' };
        statementSources(text, [one]);
        for (const span of [one.source!, one.cue]) assert.equal(text.slice(span.start, span.end), span.text);
        assert.ok(one.source!.end <= one.cue.start);
      }),
    );
  });
});

describe('statementCues', () => {
  const cases: [string, string, string, string, string][] = [
    // text, tagged cue, tagged content, expected cue, expected content
    [
      'In 2019 the guild issued a press release regretting and apologizing to the miners for the closures.',
      'issued',
      'a press release regretting',
      'issued a press release regretting and apologizing to',
      'the miners for the closures',
    ],
    [
      'The ferry company released a short statement blaming the storm for the delays.',
      'released',
      'a short statement blaming the storm for the delays',
      'released a short statement blaming',
      'the storm for the delays',
    ],
    [
      'Two of the wardens also sent a letter urging the council to reopen the gates.',
      'also sent',
      'a letter urging the council to reopen the gates',
      'also sent a letter urging',
      'the council to reopen the gates',
    ],
  ];
  for (const [text, cue, content, wantCue, wantContent] of cases)
    it(`takes the statement and its participle into the cue: ${wantCue}`, () => {
      const a = attr(text, null, cue, content, 'issue');
      statementCues(text, [a]);
      assert.equal(a.cue.text, wantCue);
      assert.equal(text.slice(a.cue.start, a.cue.end), wantCue);
      assert.equal(a.content[0].text, wantContent);
      assert.equal(text.slice(a.content[0].start, a.content[0].end), wantContent);
    });

  const untouched: [string, string, string][] = [
    // no participle after the statement, a verb that puts nothing out, a content away from the cue
    ['The mayor issued a statement on Friday.', 'issued', 'a statement on Friday'],
    ['The mayor read a statement condemning the vote.', 'read', 'a statement condemning the vote'],
    [
      'The mayor issued, on Friday, a statement condemning the vote.',
      'issued',
      'a statement condemning the vote',
    ],
  ];
  for (const [text, cue, content] of untouched)
    it(`leaves it alone: ${text}`, () => {
      const a = attr(text, 'The mayor', cue, content, 'issue');
      const before = structuredClone(a);
      statementCues(text, [a]);
      assert.deepEqual(a, before);
    });

  it('never throws and keeps cue and content on their text, the content after the cue', () => {
    const word = fc.constantFrom(
      'issued',
      'a',
      'press',
      'release',
      'statement',
      'blaming',
      'and',
      'urging',
      'to',
      'the',
      'board',
      '.',
      ',',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (words) => {
        const text = `The guild issued ${words.join(' ')} today.`;
        const cueStart = text.indexOf('issued');
        const one: Attribution = attr(text, null, 'issued', text.slice(cueStart + 7, -1), 'issue');
        statementCues(text, [one]);
        for (const span of [one.cue, ...one.content])
          assert.equal(text.slice(span.start, span.end), span.text);
        for (const c of one.content) assert.ok(c.start >= one.cue.end && c.end > c.start);
      }),
    );
  });
});

describe('a relay after a comma that closes a quote', () => {
  it('carries the whole statement whose content holds the quote, the statement speaking via it', () => {
    const text =
      'Late on Monday, the admiral made a public statement saying that the fleet would sail to “secure the strait,” reported Harbour News. Crews waited.';
    const inner = attr(
      text,
      'a public statement',
      'saying',
      'that the fleet would sail to “secure the strait',
      'say',
    );
    const outer = attr(text, null, 'reported', 'the fleet would sail to “secure the strait', 'report');
    const all = [inner, outer];
    numberInOrder(all);
    joinRelays(text, all);
    linkChains(all);
    assert.equal(inner.source?.text, 'the admiral');
    assert.equal(outer.source?.text, 'Harbour News');
    assert.equal(
      outer.content[0].text,
      'the admiral made a public statement saying that the fleet would sail to “secure the strait',
    );
    assert.equal(inner.via, outer.id);
  });

  it('does the same with straight quote marks', () => {
    const text =
      'On Friday, the warden issued a statement saying the gates would stay shut "until the river drops," reported Valley Post. Farmers waited.';
    const inner = attr(
      text,
      'a statement',
      'saying',
      'the gates would stay shut "until the river drops',
      'say',
    );
    const outer = attr(text, null, 'reported', 'the gates would stay shut "until the river drops', 'report');
    const all = [inner, outer];
    numberInOrder(all);
    joinRelays(text, all);
    linkChains(all);
    assert.equal(inner.source?.text, 'the warden');
    assert.equal(outer.source?.text, 'Valley Post');
    assert.equal(inner.via, outer.id);
  });

  it('relays nothing when the quote is not inside an earlier statement', () => {
    const text = 'Hill said the dock was open. “We will sail at dawn,” said Captain Ruiz.';
    const before = attr(text, 'Hill', 'said', 'the dock was open', 'say');
    const quoted = attr(text, 'Captain Ruiz', 'said', 'We will sail at dawn', 'say');
    quoted.cue = { ...quoted.cue, start: text.lastIndexOf('said'), end: text.lastIndexOf('said') + 4 };
    const all = [before, quoted];
    numberInOrder(all);
    joinRelays(text, all);
    linkChains(all);
    assert.equal(quoted.content[0].text, 'We will sail at dawn');
    assert.equal(quoted.source?.text, 'Captain Ruiz');
    assert.equal(before.via, null);
  });
});
