import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractBaseline } from '../../../src/extract/attributions/baseline/index.js';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import {
  attributionModels,
  extractTrained,
  isTagged,
} from '../../../src/extract/attributions/trained/index.js';

// The committed weights when present; the rule baseline otherwise (a fresh clone before `npm run train`).
const models = attributionModels();
const extract = (text: string) => {
  // Tagged and parsed as analyze() does: the taggers are trained on the language layer's output.
  const doc = polnearDoc({ name: 'test', text, gold: [] });
  const body = [{ start: 0, end: text.length }];
  return models && isTagged(doc) ? extractTrained(doc, body, models) : extractBaseline(doc, body);
};

describe('trained attribution extractor', () => {
  it('finds a plain reported statement with its speaker', () => {
    const [a] = extract('The harbour master said the channel would reopen on Friday.');
    assert.ok(a);
    assert.equal(a.cue.text, 'said');
    assert.equal(a.source?.text, 'The harbour master');
    assert.match(a.content.map((c) => c.text).join(' '), /channel would reopen/);
  });

  it('reads the object of "citing" set off before a "that" clause as the relayed source', () => {
    const found = extract(
      'The Tarvale Courier reported on Thursday, citing two people familiar with the matter, that ferry engineers had warned in March that the refit was being rushed.',
    );
    const citing = found.find((x) => x.cue.text === 'citing');
    assert.ok(citing);
    assert.equal(citing.source?.text, 'two people familiar with the matter');
    assert.match(citing.content.map((c) => c.text).join(' '), /ferry engineers had warned/);
    assert.equal(citing.via, found.find((x) => x.cue.text === 'reported')?.id);
  });

  it('reads "X, quoting Y, reported that …" as Y relayed by X', () => {
    const found = extract(
      'The Norhaven Wire, quoting a senior port official, reported that two cranes had collapsed overnight.',
    );
    const quoting = found.find((x) => x.cue.text === 'quoting');
    const reported = found.find((x) => x.cue.text === 'reported');
    assert.ok(quoting && reported);
    assert.equal(quoting.source?.text, 'a senior port official');
    assert.match(quoting.content.map((c) => c.text).join(' '), /two cranes had collapsed/);
    assert.equal(quoting.via, reported.id);
  });

  describe('a statement carried by an outlet', () => {
    const cases: [string, string, string | null][] = [
      [
        'Two ferries ran aground in the strait on Sunday, the coastguard said in a statement carried by the state news agency, Varn Press.',
        'the state news agency, Varn Press',
        'the coastguard',
      ],
      [
        'The port authority said on Monday in remarks broadcast by Radio Ostel that the quay would reopen.',
        'Radio Ostel',
        'The port authority',
      ],
    ];
    for (const [text, outlet, speaker] of cases)
      it(outlet, () => {
        const found = extract(text);
        const carried = found.find((x) => x.rule === 'carried-by');
        assert.ok(carried);
        assert.equal(carried.source?.text, outlet);
        const inner = found.find((x) => x.source?.text === speaker);
        assert.ok(inner);
        assert.equal(inner.via, carried.id);
        assert.deepEqual(
          carried.content.map((c) => c.text),
          inner.content.map((c) => c.text),
        );
      });

    it('a statement with no outlet carrying it adds nothing', () => {
      const found = extract('The coastguard said in a statement on Sunday that two ferries ran aground.');
      assert.equal(
        found.find((x) => x.rule === 'carried-by'),
        undefined,
      );
    });
  });

  it('takes the words after "said" to the sentence end when the role tagger finds no content', () => {
    const found = extract(
      'A porter who was on shift, speaking on condition of anonymity, said at one point nine trolleys had been lined up in the corridor.',
    );
    const said = found.find((x) => x.cue.text === 'said');
    assert.ok(said);
    assert.equal(
      said.content.map((c) => c.text).join(' '),
      'at one point nine trolleys had been lined up in the corridor',
    );
  });

  it('reads the verb of a reported clause as part of the content, not as a second cue of the speaker', () => {
    const found = extract('He told the court that staff had reported bent bolts at least three times.');
    assert.deepEqual(
      found.map((a) => [a.source?.text, a.cue.text, a.content.map((c) => c.text).join(' … ')]),
      [['He', 'told', 'that staff had reported bent bolts at least three times']],
    );
  });

  it('gives a cue joined to an earlier verb the parsed subject when the tagged source ends on an article', () => {
    // The role tagger tags "loyal to the" here; no speaker's phrase ends on "the".
    const found = extract(
      'The ministry blamed gangs loyal to the exiled commander Yusuf al-Mazri and said the shells had been fired from across the Temra river.',
    );
    const said = found.find((x) => x.cue.text === 'said');
    assert.ok(said);
    assert.equal(said.source?.text, 'The ministry');
  });

  it('takes the object of "urged … not to" into the content, as with "urged … to"', () => {
    const found = extract(
      'The harbour office said the pier was unsafe. Its head of safety, Ann Rudd, urged walkers not to use the lower deck until the spring.',
    );
    const urged = found.find((x) => x.cue.text === 'urged');
    assert.ok(urged);
    assert.match(urged.content.map((c) => c.text).join(' '), /^walkers not to use the lower deck/);
  });

  it('finds a quote with an inverted cue', () => {
    const found = extract('“We have waited long enough,” said Nadia Farrow, who runs the ferry office.');
    const a = found.find((x) => x.cue.text === 'said');
    assert.ok(a);
    assert.match(a.source?.text ?? '', /^Nadia Farrow/);
    assert.equal(a.content[0].text, 'We have waited long enough');
  });

  it('reads a content-first report the same at the top of the body as after another sentence', () => {
    // analyze() strips the title, so a lede often opens the Doc: nothing before it may change the roles.
    const lede = 'The ferry will not sail before the storm has passed, said Nadia Farrow, who runs the port.';
    const roles = (text: string) =>
      extract(text)
        .filter((a) => a.cue.text === 'said')
        .map((a) => [a.source?.text, a.content.map((c) => c.text).join(' … ')]);
    const first = roles(lede);
    assert.deepEqual(first, [
      ['Nadia Farrow, who runs the port', 'The ferry will not sail before the storm has passed'],
    ]);
    assert.deepEqual(roles(`The harbour was quiet on Monday. ${lede}`), first);
  });

  it('joins the placeholder "it" of an extraposed report to its cue, whether or not it was tagged', () => {
    const rows = [
      'It was reported last week that the ferry company had been sold.',
      'It is said that the harbour master never sleeps.',
    ];
    for (const text of rows) {
      const a = extract(text).find((x) => /reported|said/.test(x.cue.text));
      assert.ok(a, text);
      assert.match(a.cue.text, /^It (was|is) /, text);
      assert.equal(a.source, null, text);
    }
    // No "that" clause: "it" is what is spoken of, not a placeholder.
    for (const a of extract('Because it can reach the coast, it is considered a danger to shipping.'))
      assert.doesNotMatch(a.cue.text, /^it /i);
  });

  it('never throws on hostile text, and every span slices its own text', () => {
    const pieces = fc.constantFrom(
      'said',
      ' ',
      'She',
      '“',
      '”',
      '"',
      "''",
      ',',
      '.',
      ':',
      '\n',
      '―',
      'according to',
      'X',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 50 }).map((a) => a.join('')),
        (text) => {
          for (const a of extract(text))
            for (const s of [a.source, a.cue, ...a.content])
              if (s) assert.equal(text.slice(s.start, s.end), s.text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
