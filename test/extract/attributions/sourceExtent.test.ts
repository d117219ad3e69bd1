import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import { openingParticipleSubject, sharedSubject } from '../../../src/extract/attributions/sharedSubjects.js';
import { sourceExtent } from '../../../src/extract/attributions/sourceExtent.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

const skip = !modelsLoaded();

describe('sourceExtent', { skip }, () => {
  // text, source the tagger gave, its cue, the source (null: none) and cue expected
  const cases: [string, string, string, string | null, string][] = [
    // The rest of a list after a comma takes the list's first item, and a source started inside a
    // hyphenated word starts at its phrase.
    [
      "Tarrow's port board , a local haulage firm and the council rejected the report .",
      'a local haulage firm and the council',
      'rejected',
      "Tarrow's port board , a local haulage firm and the council",
      'rejected',
    ],
    [
      "Tarrow's port board , a Dutch-Irish haulage firm and the council rejected the report .",
      'Irish haulage firm and the council',
      'rejected',
      "Tarrow's port board , a Dutch-Irish haulage firm and the council",
      'rejected',
    ],
    [
      'When the vote came , a local firm and the council rejected the plan .',
      'a local firm and the council',
      'rejected',
      'a local firm and the council',
      'rejected',
    ],
    // A relative pronoun after the source's comma opens a clause of its own, before or after the cue.
    [
      '" The pool stays open , " said Tom Reeve , the club chairman , who added that the roof leaked .',
      'Tom Reeve , the club chairman , who',
      'said',
      'Tom Reeve , the club chairman',
      'said',
    ],
    [
      'Keeper Ana Lusk , who left the club in May , believes the stand will be ready .',
      'Keeper Ana Lusk , who',
      'believes',
      'Keeper Ana Lusk',
      'believes',
    ],
    // A time phrase opening the source says when, not who.
    [
      'Last Tuesday a spokesman for the ferry line told the paper the route was safe .',
      'Last Tuesday a spokesman for the ferry line',
      'told',
      'a spokesman for the ferry line',
      'told',
    ],
    [
      'Yesterday the harbour master said the route was safe .',
      'Yesterday the harbour master',
      'said',
      'the harbour master',
      'said',
    ],
    [
      'The port board , a local firm , rejected the report .',
      'a local firm',
      'rejected',
      'a local firm',
      'rejected',
    ],
    // A participle or a when/where phrase set off after the source is no part of it.
    [
      'Mayor Ann Cole , opening the new bridge on Monday , said the toll would go.',
      'Mayor Ann Cole , opening the new bridge on Monday',
      'said',
      'Mayor Ann Cole',
      'said',
    ],
    [
      'The harbour master , at a briefing on Friday , said the pier was unsafe.',
      'The harbour master , at a briefing on Friday',
      'said',
      'The harbour master',
      'said',
    ],
    // "including" lists more of the source; "in particular" sets nothing.
    [
      'Several councillors , including Tom Reyes , said the vote was rushed.',
      'Several councillors , including Tom Reyes',
      'said',
      'Several councillors , including Tom Reyes',
      'said',
    ],
    [
      'Older tenants , in particular , said the rents were too high.',
      'Older tenants , in particular',
      'said',
      'Older tenants , in particular',
      'said',
    ],
    // A comma inside the source's own relative clause cuts nothing.
    [
      'The builder , who was due to visit Leeds , on Tuesday said the flats were safe.',
      'The builder , who was due to visit Leeds , on Tuesday',
      'said',
      'The builder , who was due to visit Leeds , on Tuesday',
      'said',
    ],
    // A pronoun a relative clause hangs from is what was said, not who said it.
    ['Everything the coach says is gospel here.', 'Everything the coach', 'says', 'the coach', 'says'],
    ['Nothing Ms Reyes claimed held up.', 'Nothing Ms Reyes', 'claimed', 'Ms Reyes', 'claimed'],
    // A time phrase ending a source after its cue, outside a clause of the source, is no part of it.
    ['" The dam holds , " said Ann Cole on Monday .', 'Ann Cole on Monday', 'said', 'Ann Cole', 'said'],
    [
      '" It holds , " said Ann Cole , who ran the works in 2009 .',
      'Ann Cole , who ran the works in 2009',
      'said',
      'Ann Cole , who ran the works in 2009',
      'said',
    ],
    [
      'A campaign ad in 2012 claimed taxes rose.',
      'A campaign ad in 2012',
      'claimed',
      'A campaign ad in 2012',
      'claimed',
    ],
    // A time phrase right before the cue says when the source spoke; after a document or a participle it is the document's.
    [
      'Local growers in March said the frost cost them.',
      'Local growers in March',
      'said',
      'Local growers',
      'said',
    ],
    [
      'Two inspectors in May 2019 warned of cracks.',
      'Two inspectors in May 2019',
      'warned',
      'Two inspectors',
      'warned',
    ],
    ['The dean in 2011 said fees would stay.', 'The dean in 2011', 'said', 'The dean', 'said'],
    [
      'Shop owners last week told the council to act.',
      'Shop owners last week',
      'told',
      'Shop owners',
      'told',
    ],
    [
      'A county survey in June found rents rising.',
      'A county survey in June',
      'found',
      'A county survey in June',
      'found',
    ],
    [
      'A review published last month found delays.',
      'A review published last month',
      'found',
      'A review published last month',
      'found',
    ],
    [
      'Officials in 5 towns said the roads closed.',
      'Officials in 5 towns',
      'said',
      'Officials in 5 towns',
      'said',
    ],
    // A noun phrase set off by commas before the cue, or before the predicate the cue ends, is the source's.
    [
      'Karen Doyle , the county’s chief engineer , said the dam was sound.',
      'Karen Doyle',
      'said',
      'Karen Doyle , the county’s chief engineer',
      'said',
    ],
    [
      'Karen Doyle , the county’s chief engineer , inspected the dam and said it was sound.',
      'Karen Doyle',
      'said',
      'Karen Doyle , the county’s chief engineer',
      'said',
    ],
    // Not a noun phrase: a discourse word, an age alone, a clause.
    ['Karen Doyle , meanwhile , said the dam was sound.', 'Karen Doyle', 'said', 'Karen Doyle', 'said'],
    ['Karen Doyle , 54 , said the dam was sound.', 'Karen Doyle', 'said', 'Karen Doyle', 'said'],
    [
      'Karen Doyle , eager to calm the crowd , said the dam was sound.',
      'Karen Doyle',
      'said',
      'Karen Doyle',
      'said',
    ],
    // The relative pronoun that stands for the cue's object is not who spoke.
    [
      'The farmers fought the levy , which the ministry called unfair.',
      'which the ministry',
      'called',
      'the ministry',
      'called',
    ],
    [
      'Nobody knows the gap between what the mayor says and does.',
      'the gap between what the mayor',
      'says',
      'the mayor',
      'says',
    ],
    // …unless it is the subject itself (the time phrase after it is not).
    [
      'The board , which in May imposed a curfew , blamed the riots on outsiders.',
      'which in May',
      'imposed',
      'which',
      'imposed',
    ],
    // The noun a relative clause hangs from is not who spoke: after "that", or a pronoun opening the clause.
    [
      'The council dropped a plan that the fishermen opposed for years .',
      'a plan that the fishermen',
      'opposed',
      'the fishermen',
      'opposed',
    ],
    ['Nobody liked the way they described the ferry .', 'the way they', 'described', 'they', 'described'],
    // A title before a pronoun, a name after a noun, and a clause of two verbs stay as they are.
    [
      'Their best striker Tom Reyes said the club would win .',
      'Their best striker Tom Reyes',
      'said',
      'Their best striker Tom Reyes',
      'said',
    ],
    [
      'About a third of the tenants it surveyed said rents were too high .',
      'About a third of the tenants it',
      'surveyed said',
      'About a third of the tenants it surveyed',
      'said',
    ],
    // A source ending with a conjunction holds the predicate the cue is joined to: its subject is the source.
    [
      'The inspectors , who visited twice , closed the pier and later said it was unsafe .',
      'The inspectors , who visited twice , closed the pier and later',
      'said',
      'The inspectors , who visited twice',
      'later said',
    ],
    [
      'Officials closed the pier on Monday and said it was unsafe .',
      'the pier on Monday and',
      'said',
      null,
      'said',
    ],
    // "both" opens a coordination and closes no predicate.
    [
      'Ana Ruiz and Bo Lind both said the pier was unsafe .',
      'Ana Ruiz and Bo Lind both',
      'said',
      'Ana Ruiz and Bo Lind both',
      'said',
    ],
    // An adverb before the cue is the cue's; a place word stays with its noun phrase.
    [
      'The two unions repeatedly warned that the yard would shut.',
      'The two unions repeatedly',
      'warned',
      'The two unions',
      'repeatedly warned',
    ],
    [
      'Most voters nationwide said the tax was too high.',
      'Most voters nationwide',
      'said',
      'Most voters nationwide',
      'said',
    ],
    // "according to" keeps the appositives of its source that describe a speaker.
    [
      'Rents rose by a fifth , according to Lena Ortiz , an economist at the housing trust .',
      'Lena Ortiz',
      'according to',
      'Lena Ortiz , an economist at the housing trust',
      'according to',
    ],
    // Opening the sentence, what follows the source's comma is the statement.
    [
      'According to Radio Ostra , the mill’s owner , Ivo Marek , said the kilns were safe .',
      'Radio Ostra',
      'According to',
      'Radio Ostra',
      'According to',
    ],
    // A clause of its own before ", and" or ", but" is the writer's; the source is the subject after it.
    [
      "Milk prices fell sharply in May , and the Growers ' Union said it would ask for help .",
      "Milk prices fell sharply in May , and the Growers ' Union",
      'said',
      "the Growers ' Union",
      'said',
    ],
    [
      'The south of the island is a member , but Tarvia , which had long objected , said it would wait .',
      'The south of the island is a member , but Tarvia , which had long objected',
      'said',
      'Tarvia , which had long objected',
      'said',
    ],
    // A list of bodies, or an appositive, before the conjunction holds no clause: the source stays whole.
    [
      'Groups including the Wren Trust , the Field Society , and Save Our Marsh said the plan was wrong .',
      'Groups including the Wren Trust , the Field Society , and Save Our Marsh',
      'said',
      'Groups including the Wren Trust , the Field Society , and Save Our Marsh',
      'said',
    ],
    // A participle between the source's head and a finite cue names who was asked: it is the source's.
    [
      'Nearly a third of those polled said the ferry was too dear .',
      'Nearly a third of those',
      'polled said',
      'Nearly a third of those polled',
      'said',
    ],
    [
      'Most of the growers surveyed say the frost cost them a crop .',
      'Most of the growers',
      'surveyed say',
      'Most of the growers surveyed',
      'say',
    ],
    [
      'Half of the shop owners questioned said trade had slowed .',
      'Half of the shop owners',
      'questioned said',
      'Half of the shop owners questioned',
      'said',
    ],
    [
      'Fees rose by $ 40 , according to public records , a large jump for the town .',
      'public records',
      'according to',
      'public records',
      'according to',
    ],
  ];
  it('puts the pronoun a relative clause hangs from in the content', () => {
    const { doc, span } = taggedDoc('Everything the coach says is gospel here.');
    const got = sourceExtent(doc, span('Everything the coach'), span('says'), [span('is gospel here')]);
    const words = (t: { start: number; end: number }) =>
      doc.text.slice(doc.tokStart[t.start], doc.tokEnd[t.end - 1]);
    assert.deepEqual(got.content?.map(words), ['Everything', 'is gospel here']);
  });

  for (const [text, source, cue, expectedSource, expectedCue] of cases)
    it(`"${source}" ${cue} -> "${expectedSource}" ${expectedCue}`, () => {
      const { doc, span } = taggedDoc(text);
      const got = sourceExtent(doc, span(source), span(cue));
      assert.equal(
        got.source && doc.text.slice(doc.tokStart[got.source.start], doc.tokEnd[got.source.end - 1]),
        expectedSource,
      );
      assert.equal(doc.text.slice(doc.tokStart[got.cue.start], doc.tokEnd[got.cue.end - 1]), expectedCue);
    });

  // text, the source the tagger gave, its cue, its content; the source and content expected
  const tags: [string, string, string, string, string, string[]][] = [
    // A tag set off inside the sentence: the words before its comma open the content.
    [
      'The real cost , the auditor said on Monday , was twice the estimate .',
      'The real cost , the auditor',
      'said',
      'was twice the estimate',
      'the auditor',
      ['The real cost', 'was twice the estimate'],
    ],
    [
      'Those bridges , Ms Lund explained later , are older than the town .',
      'Those bridges , Ms Lund',
      'explained',
      'are older than the town',
      'Ms Lund',
      ['Those bridges', 'are older than the town'],
    ],
  ];
  for (const [text, source, cue, content, expectedSource, expectedContent] of tags)
    it(`"${source}" ${cue} -> "${expectedSource}", the rest content`, () => {
      const { doc, span } = taggedDoc(text);
      const got = sourceExtent(doc, span(source), span(cue), [span(content)]);
      const words = (s: { start: number; end: number }) =>
        doc.text.slice(doc.tokStart[s.start], doc.tokEnd[s.end - 1]);
      assert.equal(got.source && words(got.source), expectedSource);
      assert.deepEqual(got.content?.map(words), expectedContent);
    });

  // A plural possessive's apostrophe read as a closing quote: the source starts at the possessor.
  const possessors: [string, string, string, string, string, string[]][] = [
    [
      "Ticket prices will rise again, the Stage Workers' Guild warned on Friday.",
      'Guild',
      'warned',
      'Ticket prices will rise again , the Stage Workers',
      "the Stage Workers ' Guild",
      ['Ticket prices will rise again'],
    ],
    [
      'The ferry will stop in winter, the Harbour Traders’ Association said.',
      'Association',
      'said',
      'The ferry will stop in winter , the Harbour Traders',
      'the Harbour Traders ’ Association',
      ['The ferry will stop in winter'],
    ],
    // Another plural possessive earlier in the sentence is no quotation opened before it.
    [
      "Ticket prices for fans' seats will rise again, the Stage Workers' Guild warned on Friday.",
      'Guild',
      'warned',
      "Ticket prices for fans ' seats will rise again , the Stage Workers",
      "the Stage Workers ' Guild",
      ["Ticket prices for fans ' seats will rise again"],
    ],
    [
      'The ferry will stop in winter for the owners’ sake, the Harbour Traders’ Association said.',
      'Association',
      'said',
      'The ferry will stop in winter for the owners ’ sake , the Harbour Traders',
      'the Harbour Traders ’ Association',
      ['The ferry will stop in winter for the owners ’ sake'],
    ],
  ];
  for (const [text, source, cue, content, expectedSource, expectedContent] of possessors)
    it(`"${source}" ${cue} after a plural possessive -> "${expectedSource}"`, () => {
      const { doc, span } = taggedDoc(text);
      const got = sourceExtent(doc, span(source), span(cue), [span(content)]);
      const words = (s: { start: number; end: number }) => {
        const w: string[] = [];
        for (let k = s.start; k < s.end; k++) w.push(doc.word(k));
        return w.join(' ');
      };
      assert.equal(got.source && words(got.source), expectedSource);
      assert.deepEqual(got.content?.map(words), expectedContent);
    });

  it('leaves a source after a closing single quote alone', () => {
    // "‘…’" closes a quotation opened before it: no possessive, whatever possessive is inside.
    for (const text of [
      '‘The bridge needs new cables’ Bronwen Tiles said on Monday.',
      "'The drivers' pay is too low' Bronwen Tiles said on Monday.",
    ]) {
      const { doc, span } = taggedDoc(text);
      assert.deepEqual(sourceExtent(doc, span('Bronwen Tiles'), span('said')).source, span('Bronwen Tiles'));
    }
  });

  it('gives no content for an appositive, a quote after the tag or a tag at the end', () => {
    for (const [text, source, cue] of [
      [
        'Karen Doyle , the chief engineer , said the dam was sound .',
        'Karen Doyle , the chief engineer',
        'said',
      ],
      ['Karen Doyle , the engineer , said , “ The dam is sound . ”', 'Karen Doyle , the engineer', 'said'],
      ['The dam , Karen Doyle said .', 'The dam , Karen Doyle', 'said'],
    ]) {
      const { doc, span } = taggedDoc(text);
      assert.equal(sourceExtent(doc, span(source), span(cue), []).content, undefined, text);
    }
  });

  it('leaves a source in another sentence alone', () => {
    const { doc, span } = taggedDoc('Karen Doyle , the engineer , left . Later she said the dam was sound .');
    const source = span('Karen Doyle');
    assert.deepEqual(sourceExtent(doc, source, span('said')), { source, cue: span('said') });
  });
});

describe('source rules on any words', { skip }, () => {
  it('never throw, keep source and cue non-empty, apart and in the sentence', () => {
    const word = fc.constantFrom(
      'The',
      'mayor',
      ',',
      'a',
      'former',
      'judge',
      'which',
      'also',
      'said',
      'according',
      'to',
      'Citing',
      'hoping',
      'and',
      'but',
      'in',
      'May',
      '.',
      "''",
      '“',
      'Ann',
      'Cole',
      'of',
      'the',
      'port',
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 3, maxLength: 18 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (words, a, b, c) => {
          const doc = polnearDoc({ name: 'fuzz', text: words.join(' '), gold: [] });
          const n = doc.length;
          const [s0, s1, k] = [a % n, b % n, c % n].sort((x, y) => x - y);
          const source = { start: s0, end: Math.max(s0 + 1, s1) };
          const cue = { start: Math.min(n - 1, Math.max(k, source.end)), end: n };
          const got = sourceExtent(doc, source, cue);
          assert.ok(got.cue.start < got.cue.end && got.cue.end <= n);
          // No source at all, or a non-empty one inside the text that does not run into the cue.
          if (got.source) {
            assert.ok(got.source.start < got.source.end && got.source.start >= 0);
            if (got.source !== source)
              assert.ok(got.source.end <= got.cue.start || got.source.start >= got.cue.end);
          }
          // A source after its cue (the "according to" case) stays after it.
          if (s0 > 0) {
            const given = { start: s0, end: source.end };
            const after = sourceExtent(doc, given, { start: 0, end: s0 });
            assert.ok(after.source);
            const same = after.source.start === given.start && after.source.end === given.end;
            const sentenceEnd = doc.sentEnd[doc.sentenceOf(s0)];
            assert.ok(same || (after.source.start === s0 && after.source.end <= sentenceEnd));
            assert.ok(after.source.start < after.source.end);
          }
          // An opening participle's subject follows it; a shared one comes before the cue.
          const opening = openingParticipleSubject(doc, cue);
          if (opening) assert.ok(opening.start >= cue.end && opening.start < opening.end);
          const shared = sharedSubject(doc, cue);
          if (shared) assert.ok(shared.start < shared.end && shared.end <= cue.start);
        },
      ),
      // Each run tags a text: no long shrinking on a failure.
      { numRuns: 150, endOnFailure: true },
    );
  });
});
