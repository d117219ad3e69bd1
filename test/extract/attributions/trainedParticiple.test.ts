import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../src/analysis/types.js';
import { linkChains, numberInOrder } from '../../../src/extract/attributions/chains.js';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import {
  shareOuterSources,
  shareParticipleSources,
} from '../../../src/extract/attributions/trained/index.js';
import { nestParticipleClauses } from '../../../src/extract/attributions/trained/participleClauses.js';
import { attributionIn } from './fixtures.js';

// Flat attributions as the PolNeAR-trained taggers give them; the sentences are invented.
const attr = (text: string, source: string | null, cue: string, content: string | null): Attribution =>
  attributionIn(text, { source, cue, content: content ?? [], lemma: cue.toLowerCase() });

function run(text: string, all: Attribution[]): void {
  numberInOrder(all);
  nestParticipleClauses(text, all);
  linkChains(all);
}

describe('nestParticipleClauses', () => {
  it('runs a cut that-clause on over the inner statement and gives it the clause subject', () => {
    const cases: [string, string | null, string, string, string | null, string, string, string, string][] = [
      // text, inner source as tagged, participle cue, participle content as tagged, ...
      [
        'Bay News said the dock was sold. Adding that the harbour chief “urged traders to stay calm”.',
        null,
        'Adding',
        'that the harbour chief',
        null,
        'urged',
        'traders to stay calm',
        'the harbour chief',
        'that the harbour chief “urged traders to stay calm',
      ],
      [
        'River Post ran the story. Adding that the regional port spokesman Omar Lind also denied the claim.',
        'port spokesman Omar Lind',
        'Adding',
        'that the regional port spokesman Omar Lind',
        null,
        'also denied',
        'the claim',
        'the regional port spokesman Omar Lind',
        'that the regional port spokesman Omar Lind also denied the claim',
      ],
      [
        'The union rejected the offer, saying that the chairman warned staff about cuts.',
        null,
        'saying',
        'that the chairman',
        'The union',
        'warned',
        'staff about cuts',
        'the chairman',
        'that the chairman warned staff about cuts',
      ],
    ];
    for (const [text, innerSource, cue, cut, outerSource, innerCue, innerContent, subject, whole] of cases) {
      const outer = attr(text, outerSource, cue, cut);
      const inner = attr(text, innerSource, innerCue, innerContent);
      const all = [outer, inner];
      run(text, all);
      assert.equal(inner.source?.text, subject, text);
      assert.deepEqual(
        outer.content.map((c) => c.text),
        [whole],
        text,
      );
      assert.equal(inner.via, outer.id, text);
    }
  });

  it('leaves alone what is not a cut participle that-clause', () => {
    const cases: [string, Attribution[]][] = [];
    // Not a participle: a main verb's content stays flat, as PolNeAR annotates it.
    let text = 'The mayor said that the harbour chief urged traders to stay calm.';
    cases.push([
      text,
      [
        attr(text, 'The mayor', 'said', 'that the harbour chief'),
        attr(text, null, 'urged', 'traders to stay calm'),
      ],
    ]);
    // No "that": the content is not a cut clause.
    text = 'The union walked out, saying the chairman urged staff to leave.';
    cases.push([
      text,
      [attr(text, 'The union', 'saying', 'the chairman'), attr(text, null, 'urged', 'staff to leave')],
    ]);
    // The next cue is past other words, or in the next sentence.
    text = 'Adding that the chief was tired, the clerk then urged calm.';
    cases.push([
      text,
      [attr(text, null, 'Adding', 'that the chief was tired'), attr(text, 'the clerk', 'urged', 'calm')],
    ]);
    text = 'Adding that the chief left. Critics urged calm.';
    cases.push([
      text,
      [attr(text, null, 'Adding', 'that the chief left'), attr(text, 'Critics', 'urged', 'calm')],
    ]);
    for (const [t, all] of cases) {
      const before = structuredClone(all);
      run(t, all);
      assert.deepEqual(
        all.map((a) => [a.source?.text ?? null, a.content.map((c) => c.text)]),
        before.map((a) => [a.source?.text ?? null, a.content.map((c) => c.text)]),
        t,
      );
    }
  });

  it('keeps every span it writes equal to the text it points at', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '“', '"', ' '),
        fc.array(fc.constantFrom('port', 'chief', 'Ana', 'Ruiz', 'the', 'old'), {
          minLength: 1,
          maxLength: 14,
        }),
        (mark, words) => {
          const subject = words.join(' ');
          const text = `Adding that ${subject} ${mark}urged calm.`;
          const outer = attr(text, null, 'Adding', `that ${subject}`);
          const inner = attr(text, null, 'urged', 'calm');
          inner.cue = { ...inner.cue, start: text.lastIndexOf('urged'), end: text.lastIndexOf('urged') + 5 };
          inner.content = [
            { start: text.lastIndexOf('calm'), end: text.lastIndexOf('calm') + 4, text: 'calm' },
          ];
          const all = [outer, inner];
          run(text, all);
          for (const a of all)
            for (const s of [a.source, ...a.content]) if (s) assert.equal(text.slice(s.start, s.end), s.text);
          if (words.length <= 12) assert.equal(inner.source?.text, subject);
          else assert.equal(inner.source, null);
        },
      ),
    );
  });
});

describe('shareParticipleSources', () => {
  it('gives a sourceless participle the source before it after a comma, or closing a list with "and"', () => {
    const rows: [string, string][] = [
      ['The club wrote to members, thanking the fans and promising to rebuild the stand.', 'promising'],
      ['The club wrote to members, thanking the fans, promising to rebuild the stand.', 'promising'],
    ];
    for (const [text, cue] of rows) {
      const doc = polnearDoc({ name: 'test', text, gold: [] });
      const first = attr(text, 'The club', 'thanking', 'the fans');
      const last = attr(text, null, cue, 'to rebuild the stand');
      const all = [first, last];
      numberInOrder(all);
      shareParticipleSources(doc, all);
      assert.equal(last.source?.text, 'The club', text);
    }
  });

  it('leaves a participle opening a clause of its own alone', () => {
    const text = 'The club thanked the fans. Promising more, the mayor left early.';
    const doc = polnearDoc({ name: 'test', text, gold: [] });
    const first = attr(text, 'The club', 'thanked', 'the fans');
    const last = attr(text, null, 'Promising', 'more');
    const all = [first, last];
    numberInOrder(all);
    shareParticipleSources(doc, all);
    assert.equal(last.source, null);
  });
});

describe('shareOuterSources', () => {
  const text =
    'The warden wrote to the council in May warning that the dunes were eroding. Citing the survey, residents asked for a wall. The Coast Wire reported the dunes were eroding, quoting two rangers.';
  const doc = polnearDoc({ name: 'test', text, gold: [] });

  it("gives a sourceless participle inside the content it hangs from that content's speaker", () => {
    const outer = attr(
      text,
      'The warden',
      'wrote',
      'to the council in May warning that the dunes were eroding',
    );
    const inner = attr(text, null, 'warning', 'that the dunes were eroding');
    const all = [outer, inner];
    numberInOrder(all);
    linkChains(all);
    shareOuterSources(doc, all);
    assert.equal(inner.via, outer.id);
    assert.equal(inner.source?.text, 'The warden');
  });

  it('leaves a relay and a participle outside any content alone', () => {
    const report = attr(text, 'The Coast Wire', 'reported', 'the dunes were eroding, quoting two rangers');
    const quoting = attr(text, null, 'quoting', 'two rangers');
    const citing = attr(text, null, 'Citing', 'the survey');
    const all = [citing, report, quoting];
    numberInOrder(all);
    linkChains(all);
    shareOuterSources(doc, all);
    assert.equal(quoting.source, null);
    assert.equal(citing.source, null);
  });
});
