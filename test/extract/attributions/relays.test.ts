import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../src/analysis/types.js';
import { linkChains, numberInOrder } from '../../../src/extract/attributions/chains.js';
import { joinRelays } from '../../../src/extract/attributions/relays.js';
import { attributionIn, flatIn, spanAt, spanIn } from './fixtures.js';

/** Numbers the attributions and joins relays in place, as the extractor does. */
function numberAndJoin(text: string, all: Attribution[]): void {
  numberInOrder(all);
  joinRelays(text, all);
}

function numberJoinAndLink(text: string, all: Attribution[]): void {
  numberAndJoin(text, all);
  linkChains(all);
}

const texts = (a: Attribution) => a.content.map((c) => c.text);

// Flat attributions as a tagger trained on PolNeAR gives them; the texts are invented.
const attr = flatIn;

describe('joinRelays', () => {
  it('turns "…, X said, reported the Herald" into a relay carrying the inner statement', () => {
    const text = '"The bridge will hold," Mayor Diaz said, reported the Lakeside Herald. Crews left.';
    const inner = attr(text, 'Mayor Diaz', 'said', 'The bridge will hold', 'say');
    const outer = attr(text, 'Mayor Diaz', 'reported', 'the Lakeside Herald', 'report');
    const all = [inner, outer];
    numberJoinAndLink(text, all);
    assert.equal(outer.source?.text, 'the Lakeside Herald');
    assert.equal(outer.source?.kind, 'media');
    assert.equal(outer.content[0].text, '"The bridge will hold," Mayor Diaz said');
    assert.equal(inner.via, outer.id);
  });

  it('turns "…, she added, stated the Herald" tagged as a cue into the relay too', () => {
    const text = '“The pier is shut,” she added, stated the Harbour Herald. Boats waited.';
    const inner = attr(text, 'she', 'added', 'The pier is shut', 'add');
    const outer = attr(text, 'she', 'stated', 'the Harbour Herald', 'state');
    outer.source = { ...outer.source!, start: text.indexOf('she'), end: text.indexOf('she') + 3 };
    const all = [inner, outer];
    numberJoinAndLink(text, all);
    assert.equal(outer.source?.text, 'the Harbour Herald');
    assert.equal(outer.content[0].text, '“The pier is shut,” she added');
    assert.equal(inner.via, outer.id);
  });

  it('extends "According to X, Y stated …" over the inner statement and chains it', () => {
    const text = 'According to the Valley Courier, the spokesman stated that fares would rise.';
    const outer = attr(text, 'the Valley Courier', 'According to', 'the spokesman', 'according to');
    const inner = attr(text, 'the spokesman', 'stated', 'that fares would rise', 'state');
    const all = [outer, inner];
    numberJoinAndLink(text, all);
    assert.equal(outer.content[0].text, 'the spokesman stated that fares would rise');
    assert.equal(inner.via, outer.id);
  });

  it('carries only what a relay reports after its cue: a quote split by the tag keeps its first half apart', () => {
    const text =
      '“The ferry is late,” the clerk told reporters, “because the captain said the engine failed.”';
    const outer = attributionIn(text, {
      source: 'the clerk',
      cue: 'told',
      content: [
        spanIn(text, 'The ferry is late'),
        spanIn(text, 'because the captain said the engine failed'),
      ],
      lemma: 'tell',
    });
    const inner = attr(text, 'the captain', 'said', 'the engine failed', 'say');
    const all = [outer, inner];
    numberJoinAndLink(text, all);
    assert.deepEqual(texts(outer), ['The ferry is late', 'because the captain said the engine failed']);
    assert.ok(outer.content.every((c) => c.end <= outer.cue.start || c.start >= outer.cue.end));
    assert.equal(inner.via, outer.id);
  });

  it('stops a content that ran into a second statement joined by "and" instead of relaying it', () => {
    for (const joiner of [', and', ' and', ', but', '; while']) {
      const text = `The mayor said the ferry would sail in May${joiner} she urged traders to stay open.`;
      const outer = attr(text, 'The mayor', 'said', `the ferry would sail in May${joiner} she`, 'say');
      const inner = attr(text, 'she', 'urged', 'traders to stay open', 'urge');
      const all = [outer, inner];
      numberJoinAndLink(text, all);
      assert.deepEqual(texts(outer), ['the ferry would sail in May'], joiner);
      assert.equal(inner.via, null, joiner);
    }
  });

  it('stops a content at a second question clause joined by "and how", "but why" …', () => {
    for (const joiner of ['and how', 'and why', 'but whether']) {
      const text = `Nobody knows what the mayor says the bridge will cost ${joiner} engineers claim it will stand.`;
      const outer = attr(
        text,
        'the mayor',
        'says',
        `the bridge will cost ${joiner} engineers claim it will stand`,
      );
      const inner = attributionIn(text, {
        source: 'engineers',
        cue: 'claim',
        content: 'it will stand',
        lemma: 'claim',
      });
      numberJoinAndLink(text, [outer, inner]);
      assert.deepEqual(texts(outer), ['the bridge will cost'], joiner);
      assert.equal(inner.via, null, joiner);
    }
  });

  it('stops a content before the speaker of the statement that follows it', () => {
    const rows: [string, string, string, string, string][] = [
      // text, outer cue and its content as tagged, inner source and cue
      [
        'Asked whether the ferry would sail, Reed said no.',
        'Asked',
        'whether the ferry would sail, Reed',
        'Reed',
        'said',
      ],
      [
        'Pressed on the fares, the harbour master insisted they were fair.',
        'Pressed on',
        'the fares, the harbour master',
        'the harbour master',
        'insisted',
      ],
    ];
    for (const [text, cue, content, source, innerCue] of rows) {
      const outer = attr(text, null, cue, content, 'ask');
      const inner = attr(
        text,
        source,
        innerCue,
        text.slice(text.indexOf(innerCue) + innerCue.length + 1, -1),
        'say',
      );
      numberJoinAndLink(text, [outer, inner]);
      assert.deepEqual(texts(outer), [content.slice(0, content.lastIndexOf(','))], text);
      assert.equal(inner.source?.text, source, text);
    }
    // A content that only mentions the next speaker earlier, or a report, is left to the relay rules.
    const text = 'Asked about Reed, the mayor said Reed was right.';
    const outer = attr(text, null, 'Asked about', 'Reed', 'ask');
    const inner = attr(text, 'the mayor', 'said', 'Reed was right', 'say');
    numberJoinAndLink(text, [outer, inner]);
    assert.deepEqual(texts(outer), ['Reed']);
  });

  it('lets a cue whose "that" opens the next statement carry it', () => {
    const text = 'The council spoke first. Adding that the port chief also denied the claim.';
    const outer = attr(text, null, 'Adding', 'that the port chief', 'add');
    const inner = attr(text, 'the port chief', 'also denied', 'the claim', 'deny');
    numberJoinAndLink(text, [outer, inner]);
    assert.deepEqual(texts(outer), ['that the port chief also denied the claim']);
    assert.equal(inner.source?.text, 'the port chief');
    assert.equal(inner.via, outer.id);
  });

  it('leaves unrelated neighbours alone', () => {
    const text = 'Ana said the road was shut. Ben said the bus was late.';
    const a = attr(text, 'Ana', 'said', 'the road was shut', 'say');
    const b = attr(text, 'Ben', 'said', 'the bus was late', 'say');
    const all = [a, b];
    numberJoinAndLink(text, all);
    assert.equal(a.via, null);
    assert.equal(b.via, null);
    assert.equal(b.content[0].text, 'the bus was late');
  });

  it('splits a relay tail the tagger left inside the content and makes it the outer attribution', () => {
    const rows: [string, string, string, string][] = [
      // text, tail source, tail cue, relayed statement
      [
        '"The pier is closed," Capt. Moreno said, reported the Harbour Gazette. Boats waited.',
        'the Harbour Gazette',
        'reported',
        '"The pier is closed," Capt. Moreno said',
      ],
      [
        '"We saw smoke," a guard told the agency, according to its report.',
        'its report',
        'according to',
        '"We saw smoke," a guard told the agency',
      ],
      [
        '"Fares will rise," the mayor said, wrote the Evening Lantern.',
        'the Evening Lantern',
        'wrote',
        '"Fares will rise," the mayor said',
      ],
    ];
    for (const [text, source, cue, relayed] of rows) {
      const quoteEnd = text.indexOf(',"');
      const speaker = text.slice(quoteEnd + 3, text.indexOf(' ', text.indexOf(' ', quoteEnd + 3) + 1));
      const inner = attr(text, speaker, / said| told/.exec(text)![0].trim(), text.slice(1, quoteEnd), 'say');
      const tailStart = text.indexOf(cue, quoteEnd);
      const tailEnd = text.indexOf('.', tailStart + cue.length + source.length - 1);
      inner.content.push({ start: tailStart, end: tailEnd, text: text.slice(tailStart, tailEnd) });
      const all = [inner];
      numberJoinAndLink(text, all);
      assert.equal(all.length, 2, text);
      const outer = all.find((a) => a !== inner)!;
      assert.equal(outer.source?.text, source);
      assert.equal(outer.cue.text, cue);
      assert.equal(outer.content[0].text, relayed);
      assert.equal(inner.content.length, 1);
      assert.equal(inner.via, outer.id);
      for (const a of all)
        for (const sp of [a.cue, ...a.content, ...(a.source ? [a.source] : [])])
          assert.equal(text.slice(sp.start, sp.end), sp.text);
    }
  });

  it('gives a trailing "according to" the statement before it, not the words after it', () => {
    const text = 'The levee broke, one engineer told the radio, according to its report.';
    const inner = attr(text, 'one engineer', 'told', 'The levee broke', 'tell');
    const outer = attr(text, 'its report', 'according to', 'the radio', 'according to');
    const all = [inner, outer];
    numberJoinAndLink(text, all);
    assert.equal(outer.content[0].text, 'The levee broke, one engineer told the radio');
    assert.equal(inner.via, outer.id);
  });

  it('relays with a trailing "according to" only a report of its own sentence', () => {
    const cases: [string, string, string, string, boolean][] = [
      // text, inner cue, inner content, the content "according to" was tagged with, relayed
      [
        'Mayor Diaz said the bridge held. Roads stayed shut, according to the police.',
        'said',
        'the bridge held',
        'Roads stayed shut',
        false,
      ],
      [
        'Intro. Ana Ruiz told us the ferry sank. Two crew swam ashore, according to the coast guard.',
        'told',
        'the ferry sank',
        'Two crew swam ashore',
        false,
      ],
      [
        'The ferry sank, a sailor told the radio, according to the coast guard.',
        'told',
        'The ferry sank',
        'the radio',
        true,
      ],
    ];
    for (const [text, cue, said, tagged, relayed] of cases) {
      const speaker = cue === 'said' ? 'Mayor Diaz' : cue === 'told' && !relayed ? 'Ana Ruiz' : 'a sailor';
      const inner = attr(text, speaker, cue, said, cue === 'said' ? 'say' : 'tell');
      const source = text.slice(text.indexOf('according to') + 13, -1);
      const outer = attr(text, source, 'according to', tagged, 'according to');
      numberJoinAndLink(text, [inner, outer]);
      assert.equal(inner.via === outer.id, relayed, text);
      if (!relayed) assert.deepEqual(texts(outer), [tagged], text);
    }
  });

  it('relays with an inverted tag ("…, said Ana Ruiz") only a report of its own sentence', () => {
    const cases: [string, string, boolean][] = [
      // text, the content tagged for the tag, whether the report before it is relayed
      ['Intro. Lee wants a new vote. Few voters agree, said Ana Ruiz.', 'Few voters agree', false],
      [
        'Intro. The mill will close. Lee wants a new vote, says the Valley Post.',
        'Lee wants a new vote',
        true,
      ],
    ];
    for (const [text, tagged, relayed] of cases) {
      const inner = attr(text, 'Lee', 'wants', 'a new vote', 'want');
      const cue = text.includes('said') ? 'said' : 'says';
      const name = text.slice(text.indexOf(cue) + cue.length + 1, -1);
      const outer = attr(text, name, cue, tagged, 'say');
      numberJoinAndLink(text, [inner, outer]);
      assert.equal(inner.via === outer.id, relayed, text);
      assert.equal(outer.source?.text, name, text);
      assert.deepEqual(texts(outer), [relayed ? 'Lee wants a new vote' : tagged], text);
    }
  });

  it('takes no relay tail after a cue whose speaker stands before it ("A worker, however, told the Post …")', () => {
    const text =
      'The port said all was well. A dock worker, however, told the Harbour Post that the cranes were idle.';
    const first = attr(text, 'The port', 'said', 'all was well', 'say');
    const a = attr(text, 'A dock worker', 'told', 'that the cranes were idle', 'tell');
    numberJoinAndLink(text, [first, a]);
    assert.equal(a.source?.text, 'A dock worker');
    assert.deepEqual(texts(a), ['that the cranes were idle']);
    assert.equal(first.via, null);
  });

  it('takes no relay tail after a participle: its capitalised clause is what it says', () => {
    // text, the clause before, its cue, the participle, what the participle says
    const cases: [string, string, string, string, string][] = [
      [
        'Intro. Mayor Diaz praised the crews, saying Harbour Road would reopen soon.',
        'Mayor Diaz',
        'praised',
        'saying',
        'Harbour Road would reopen soon',
      ],
      [
        'Intro. The union backed the plan, adding Dana Cole had signed it.',
        'The union',
        'backed',
        'adding',
        'Dana Cole had signed it',
      ],
    ];
    for (const [text, source, cue, participle, said] of cases) {
      const first = attr(text, source, cue, cue === 'praised' ? 'the crews' : 'the plan', cue);
      const a = attr(text, source, participle, said, participle === 'saying' ? 'say' : 'add');
      numberJoinAndLink(text, [first, a]);
      assert.equal(a.source?.text, source);
      assert.deepEqual(texts(a), [said]);
    }
  });

  it('reads a name after a sentence-final cue as its speaker, not its content', () => {
    const text = 'Intro. Debates rarely move the polls, noted Dana Cole. Then it rained.';
    const a = attr(text, null, 'noted', 'Dana Cole', 'note');
    numberJoinAndLink(text, [a]);
    assert.equal(a.source?.text, 'Dana Cole');
    assert.deepEqual(texts(a), ['Debates rarely move the polls']);
    // "known as" is no speech: the name after it stays what it was.
    const named = 'Intro. Both backed a new deal, known as the Pacific Pact.';
    const b = attr(named, null, 'known as', 'the Pacific Pact', 'know');
    numberJoinAndLink(named, [b]);
    assert.equal(b.source, null);
  });

  it('cuts a cue the tagger ran into the object of "according to" back to "according to"', () => {
    const text = 'Intro. The host mocked the guests, according to crew members.';
    const outer = attr(text, 'The host', 'according to crew', 'members', 'according to crew');
    numberJoinAndLink(text, [outer]);
    assert.equal(outer.cue.text, 'according to');
    assert.equal(outer.cue.lemma, 'according to');
    assert.equal(outer.source?.text, 'crew members');
    assert.deepEqual(texts(outer), ['The host mocked the guests']);
  });

  it('gives a trailing "according to" after a closing mark the whole quotation, nested quotes and all', () => {
    const text =
      'Intro.\n“…Mayor Ruiz said that the bridge had been “checked twice” and would reopen. The crews are ready, she added,” according to the Valley Post.';
    const first = attr(
      text,
      'Mayor Ruiz',
      'said',
      'that the bridge had been “checked twice” and would reopen',
      'say',
    );
    const second = attr(text, 'she', 'added', 'The crews are ready', 'add');
    const outer = attr(text, 'the Valley Post', 'according to', 'the Valley Post', 'according to');
    outer.content = [];
    const all = [first, second, outer];
    numberJoinAndLink(text, all);
    const open = text.indexOf('“…');
    assert.equal(outer.content[0].text, text.slice(open, text.indexOf(',” according')));
    assert.equal(first.via, outer.id);
    assert.equal(second.via, outer.id);
    const mixed =
      'Critics said: “It is awful.” The show topped the list for its “thin plots, weak jokes,” according to the Radio Times.';
    const tail = attr(mixed, 'the Radio Times', 'according to', 'thin plots, weak jokes', 'according to');
    joinRelays(mixed, [tail]);
    assert.equal(tail.content[0].text, 'The show topped the list for its “thin plots, weak jokes');
  });

  it('takes the phrase after a trailing "according to" as its source when the tagger put the speaker before it', () => {
    const rows: [string, string, string | null, string, string][] = [
      // text, inner speaker, source the tagger gave "according to", the phrase it gave as content, source expected
      [
        '"The pier is unsafe," one of the inspectors told the board, according to its minutes.',
        'one of the inspectors',
        'one of the inspectors',
        'the board',
        'its minutes',
      ],
      [
        'The levee broke, a farmer told the radio, according to the station’s website; crews were sent.',
        'a farmer',
        null,
        'the radio',
        'the station’s website',
      ],
    ];
    for (const [text, speaker, tagged, wrongContent, source] of rows) {
      const told = text.indexOf(' told ');
      const comma = text.lastIndexOf(',', told);
      const inner = attr(text, speaker, 'told', text.slice(text[0] === '"' ? 1 : 0, comma), 'tell');
      const outer = attr(text, tagged, 'according to', wrongContent, 'according to');
      const all = [inner, outer];
      numberJoinAndLink(text, all);
      assert.equal(outer.source?.text, source, text);
      const relayed = text.slice(0, text.indexOf(', according'));
      assert.equal(outer.content[0].text, relayed, text);
      assert.equal(inner.via, outer.id, text);
    }
  });

  it('gives an "according to" left with no content of its own the sentence before it', () => {
    const text = 'Ferries stopped. The bridge closed on Monday according to the county clerk.';
    const a = attr(text, 'The bridge', 'according to', 'the county clerk', 'according to');
    const all = [a];
    numberAndJoin(text, all);
    assert.equal(a.source?.text, 'the county clerk');
    assert.deepEqual(texts(a), ['The bridge closed on Monday']);
  });

  it('keeps the clause after the object of a leading "according to" the tagger gave no source', () => {
    const text = 'According to a survey by the port authority, most ferries run late.';
    const a = attr(
      text,
      null,
      'According to',
      'a survey by the port authority, most ferries run late',
      'according to',
    );
    const all = [a];
    numberAndJoin(text, all);
    assert.equal(a.source?.text, 'a survey by the port authority');
    assert.deepEqual(texts(a), ['most ferries run late']);
  });

  it('takes no measure for the source of "according to" ("according to how much …")', () => {
    const text = 'Brokers were paid according to how much business they brought, an audit found.';
    const a = attr(text, null, 'according to', 'how much business they brought', 'according to');
    const all = [a];
    numberAndJoin(text, all);
    assert.equal(a.source, null);
  });

  it('leaves an "according to" whose source already follows it alone', () => {
    const text = 'According to the harbour log, two boats sank.';
    const a = attr(text, 'the harbour log', 'According to', 'two boats sank', 'according to');
    const all = [a];
    numberAndJoin(text, all);
    assert.equal(a.source?.text, 'the harbour log');
    assert.deepEqual(texts(a), ['two boats sank']);
  });

  it('keeps a long clause after "reported" as content, not a relay source', () => {
    const text =
      'Ana said the dam was fine, reported that the water had risen by two metres since noon yesterday.';
    const inner = attr(text, 'Ana', 'said', 'the dam was fine', 'say');
    const tail = 'reported that the water had risen by two metres since noon yesterday';
    const at = text.indexOf(tail);
    inner.content.push({ start: at, end: at + tail.length, text: tail });
    const all = [inner];
    numberAndJoin(text, all);
    assert.equal(all.length, 1);
    assert.equal(inner.content.length, 2);
  });

  it('gives a quote reopened at a new paragraph the unclosed paragraphs before it', () => {
    const text = 'Intro line.\n\n“The rain came early. Then the river rose.\n\n“We left by boat,” she said.';
    const inner = attr(text, 'she', 'said', 'We left by boat', 'say');
    const all = [inner];
    numberAndJoin(text, all);
    assert.deepEqual(texts(inner), ['The rain came early. Then the river rose.', 'We left by boat']);
  });

  it('leaves a closed previous paragraph, or one claimed by another attribution, alone', () => {
    const rows = [
      'Intro.\n\n“The rain came early,” Jo said.\n\n“We left by boat,” she said.',
      'Intro.\n\nThe rain came early, officials said.\n\n“We left by boat,” she said.',
    ];
    for (const text of rows) {
      const other = attr(
        text,
        text.includes('Jo') ? 'Jo' : 'officials',
        'said',
        'The rain came early',
        'say',
      );
      const inner = attr(text, 'she', 'said', 'We left by boat', 'say');
      inner.cue = { ...inner.cue, start: text.lastIndexOf('said'), end: text.lastIndexOf('said') + 4 };
      const all = [other, inner];
      numberAndJoin(text, all);
      assert.deepEqual(texts(inner), ['We left by boat'], text);
    }
  });

  it('gives a speech tag set off by commas the words before it', () => {
    const text = 'Hale signed the permits himself, the clerks said, and kept the copies.';
    const tag = attr(text, 'the clerks', 'said', 'and kept the copies', 'say');
    const noise = attr(text, 'Hale', 'signed', 'the permits himself', 'sign');
    const all = [noise, tag];
    numberAndJoin(text, all);
    assert.deepEqual(all, [tag]);
    assert.deepEqual(texts(tag), ['Hale signed the permits himself', 'and kept the copies']);
    assert.equal(tag.id, 'A1');
  });

  it('drops a verb the tagger took for a cue in the words a speech tag reports after it, but not speech', () => {
    const text = 'Hale approved the sales, the clerks said, and signed the permits “for the board.”';
    const tag = attr(text, 'the clerks', 'said', 'and signed the permits “for the board.”', 'say');
    const noise = attr(text, 'Hale', 'signed', 'the permits “for the board.”', 'sign');
    const all = [tag, noise];
    numberAndJoin(text, all);
    assert.deepEqual(all, [tag]);
    const spoken = 'Hale approved the sales, the clerks said, and warned the mayor “of the risk.”';
    const tag2 = attr(spoken, 'the clerks', 'said', 'and warned the mayor “of the risk.”', 'say');
    const warned = attr(spoken, 'Hale', 'warned', 'the mayor “of the risk.”', 'warn');
    const both = [tag2, warned];
    numberAndJoin(spoken, both);
    assert.equal(both.length, 2);
  });

  it('takes a speech tag out of a content it was swallowed into', () => {
    const text = 'Two surveys showed that the reef grew back, she said, while others found no change.';
    const outer = attr(
      text,
      'Two surveys',
      'showed',
      'that the reef grew back, she said, while others',
      'show',
    );
    const all = [outer];
    numberJoinAndLink(text, all);
    assert.equal(all.length, 2);
    const tag = all.find((a) => a.rule === 'parenthetical-tag')!;
    assert.equal(tag.source?.text, 'she');
    assert.equal(tag.cue.text, 'said');
    assert.equal(tag.content[0].text, 'Two surveys showed that the reef grew back');
    assert.deepEqual(texts(outer), ['that the reef grew back']);
    assert.equal(outer.via, tag.id);
  });

  it('never throws and keeps every span on its text, whatever the input', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              '“',
              '”',
              '"',
              ', ',
              ' ',
              '\n\n',
              'Ana',
              ' he said',
              ' reported the Post',
              '. ',
              'word',
            ),
            { maxLength: 40 },
          )
          .map((parts) => parts.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const [s, e] = [Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1)];
          const all = [
            attributionIn(text, { source: null, cue: spanAt(text, s, s), content: spanAt(text, s, e) }),
          ];
          joinRelays(text, all);
          linkChains(all);
          for (const x of all)
            for (const sp of [x.cue, ...x.content, ...(x.source ? [x.source] : [])])
              assert.equal(text.slice(sp.start, sp.end), sp.text);
        },
      ),
    );
  });

  // what the tagger gave the quoting cue as source: none, or the report's own source before it
  for (const [given, text] of [
    [null, 'The Dune Wire reported that the depot had burned quoting three unnamed firefighters.'],
    [
      'The Dune Wire',
      'The Dune Wire reported that the depot had burned, quoting three unnamed firefighters.',
    ],
  ] as const)
    it(`makes the officials a quoting cue took for its content the source, speaking via the report (source given: ${given})`, () => {
      const reported = text.slice(text.indexOf('that'), text.indexOf(' unnamed'));
      const report = attr(text, 'The Dune Wire', 'reported', reported, 'report');
      const quoting = attr(text, given, 'quoting', 'three unnamed firefighters', 'quote');
      const all = [report, quoting];
      numberJoinAndLink(text, all);
      assert.equal(quoting.source?.text, 'three unnamed firefighters');
      assert.equal(quoting.source?.kind, 'anonymous');
      assert.deepEqual(texts(report), ['that the depot had burned']);
      assert.deepEqual(texts(quoting), ['that the depot had burned']);
      assert.equal(quoting.via, report.id);
    });

  it('takes a quoted group with a relative clause saying why it is unnamed for the source', () => {
    const text =
      'Work on the pier has stopped, the Dune Wire reported, citing two engineers who asked not to be named because they had no leave to speak.';
    const report = attr(text, 'the Dune Wire', 'reported', 'Work on the pier has stopped', 'report');
    const group = text.slice(text.indexOf('two engineers'), text.length - 1);
    const citing = attr(text, 'the Dune Wire', 'citing', group, 'cite');
    const all = [report, citing];
    numberJoinAndLink(text, all);
    assert.equal(citing.source?.text, group);
    assert.equal(citing.source?.kind, 'anonymous');
    assert.deepEqual(texts(citing), ['Work on the pier has stopped']);
    assert.equal(citing.via, report.id);
  });

  it('leaves a long object with no relative clause as content', () => {
    const text =
      'Work on the pier has stopped, the Dune Wire reported, citing rising costs of steel and labour and the late delivery of cranes.';
    const report = attr(text, 'the Dune Wire', 'reported', 'Work on the pier has stopped', 'report');
    const object = text.slice(text.indexOf('rising'), text.length - 1);
    const citing = attr(text, 'the Dune Wire', 'citing', object, 'cite');
    numberJoinAndLink(text, [report, citing]);
    assert.deepEqual(texts(citing), [object]);
  });

  it('drops a note label taken for a speaker before a colon', () => {
    const text = 'Profit rose.\nNOTE: figures exclude one-off gains.\nMs Ito: "We are pleased."';
    const note = attr(text, 'NOTE', ':', 'figures exclude one-off gains', 'colon');
    const speaker = attr(text, 'Ms Ito', ':', 'We are pleased', 'colon');
    speaker.cue = {
      ...speaker.cue,
      start: text.indexOf(':', text.indexOf('Ito')),
      end: text.indexOf(':', text.indexOf('Ito')) + 1,
    };
    const all = [note, speaker];
    numberAndJoin(text, all);
    assert.deepEqual(all, [speaker]);
    assert.equal(speaker.id, 'A1');
  });

  it('gives an anonymity clause to the source of the verb after it, or drops it', () => {
    const text =
      'A port official who asked not to be named because talks continue said the ferry would be sold. ' +
      'Lee, who declined to be identified, spoke later.';
    const wrong = attr(text, 'who', 'asked', 'not to be named because talks continue said the ferry', 'ask');
    const noVerb = attr(text, 'who', 'declined', 'to be identified', 'decline');
    noVerb.source = { ...noVerb.source!, start: text.lastIndexOf('who'), end: text.lastIndexOf('who') + 3 };
    noVerb.cue = { ...noVerb.cue, start: text.indexOf('declined'), end: text.indexOf('declined') + 8 };
    const noise = attributionIn(text, {
      source: 'the ferry',
      cue: 'would be sold',
      content: [],
      lemma: 'sell',
    });
    const all = [wrong, noise, noVerb];
    numberAndJoin(text, all);
    assert.equal(all.length, 1);
    assert.equal(wrong.source?.text, 'A port official who asked not to be named because talks continue');
    assert.equal(wrong.source?.kind, 'anonymous');
    assert.equal(wrong.cue.text, 'said');
    assert.deepEqual(texts(wrong), ['the ferry would be sold']);
  });

  it('keeps one attribution when the tagger also gave the verb after an anonymity clause its own source', () => {
    const text =
      'A port official who asked not to be named because talks continue said the ferry would be sold.';
    const wrong = attr(text, 'who', 'asked', 'not to be named because talks continue said the ferry', 'ask');
    const twin = attr(text, 'talks', 'said', 'the ferry would be sold', 'say');
    const all = [wrong, twin];
    numberAndJoin(text, all);
    assert.deepEqual(all, [wrong]);
    assert.equal(wrong.source?.text, 'A port official who asked not to be named because talks continue');
    assert.equal(wrong.cue.text, 'said');
  });

  const headedClauses: [name: string, text: string, source: string, expected: string[]][] = [
    [
      'a head the tagger gave with the pronoun starts the source',
      'A tenant who has lived there for years but asked not to be named said the lift had failed again.',
      'A tenant who',
      [
        'A tenant who has lived there for years but asked not to be named',
        'said',
        'the lift had failed again',
      ],
    ],
    [
      'a head opening a quoted sentence',
      'Ms Dore said: "One guard who asked not to be named said the gate was open."',
      'One guard who',
      ['One guard who asked not to be named', 'said', 'the gate was open'],
    ],
  ];
  for (const [name, text, source, expected] of headedClauses)
    it(`anonymity clause: ${name}`, () => {
      const cueAt = text.indexOf('asked');
      const wrong = attr(text, source, 'asked', text.slice(cueAt + 6, text.lastIndexOf(' said')), 'ask');
      const all = [wrong];
      numberAndJoin(text, all);
      assert.deepEqual([wrong.source?.text, wrong.cue.text, ...texts(wrong)], expected);
    });

  it('drops a document introducing its quoted title, but keeps "called" as a cue elsewhere', () => {
    const text = 'A 2019 survey called “Empty Nets” found losses. The mayor called the plan reckless.';
    const title = attr(text, 'survey', 'called', 'Empty Nets', 'call');
    title.source = { ...title.source!, kind: 'document' };
    const mayor = attr(text, 'The mayor', 'called', 'the plan reckless', 'call');
    mayor.cue = { ...mayor.cue, start: text.lastIndexOf('called'), end: text.lastIndexOf('called') + 6 };
    const all = [title, mayor];
    numberAndJoin(text, all);
    assert.deepEqual(all, [mayor]);
  });

  it('gives a sentence opened by a participle cue the speaker just before it', () => {
    const text = 'The river rose, reported the Delta Post. Adding that two roads were shut, it urged calm.';
    const report = attr(text, 'the Delta Post', 'reported', 'The river rose', 'report');
    const adding = attr(text, null, 'Adding', 'two roads were shut', 'add');
    const all = [report, adding];
    numberAndJoin(text, all);
    assert.equal(adding.source?.text, 'the Delta Post');
  });

  it('drops a cue ending in "titled" before a quote whatever its source, but keeps speech after "called"', () => {
    const cases: [string, string | null, string, string, string, boolean][] = [
      [
        'Guild members released a long paper titled “Fair Rules”, ending the strike.',
        'Guild members',
        'released a long paper titled',
        'Fair Rules',
        'release',
        false,
      ],
      [
        'The board issued a memo entitled "Next Steps" on Friday.',
        null,
        'issued a memo entitled',
        'Next Steps',
        'issue',
        false,
      ],
      [
        'Critics put out a pamphlet dubbed ‘The Quiet Sale’ last week.',
        'Critics',
        'dubbed',
        'The Quiet Sale',
        'dub',
        false,
      ],
      [
        'The mayor called the plan “a disgrace” on Monday.',
        'The mayor',
        'called',
        'the plan “a disgrace”',
        'call',
        true,
      ],
      [
        'The mayor said “the plan is titled wrongly” on Monday.',
        'The mayor',
        'said',
        'the plan is titled wrongly',
        'say',
        true,
      ],
    ];
    for (const [text, source, cue, content, lemma, kept] of cases) {
      const a = attr(text, source, cue, content, lemma);
      const all = [a];
      numberAndJoin(text, all);
      assert.equal(all.length, kept ? 1 : 0, text);
    }
  });

  it('takes a speaker-first relay the tagger left inside a quoted statement out of it', () => {
    const text = '"The pier is safe," Roe said, the Bay Post reported. "We checked it twice."';
    const inner = attributionIn(text, {
      source: 'Roe',
      cue: 'said',
      content: [
        spanIn(text, 'The pier is safe'),
        spanIn(text, 'the Bay Post'),
        spanIn(text, 'We checked it twice.'),
      ],
    });
    const all = [inner];
    numberJoinAndLink(text, all);
    const outer = all.find((a) => a !== inner)!;
    assert.equal(outer.source?.text, 'the Bay Post');
    assert.equal(outer.cue.text, 'reported');
    assert.deepEqual(texts(outer), ['"The pier is safe," Roe said']);
    assert.deepEqual(texts(inner), ['The pier is safe', 'We checked it twice.']);
    assert.equal(inner.via, outer.id);
  });

  it('makes a trailing relay tag written speaker first the outer attribution', () => {
    const cases: [string, string, string, string][] = [
      // text, the tagged statement's content (tag inside), then the relay's source and cue
      [
        'Pilots told the port that the channel was silting up, an inquiry into the grounding heard on Wednesday.',
        'that the channel was silting up, an inquiry into the grounding heard on Wednesday',
        'an inquiry into the grounding',
        'heard',
      ],
      [
        'The mayor said the pier was safe, a court heard.',
        'the pier was safe, a court heard',
        'a court',
        'heard',
      ],
    ];
    for (const [text, content, source, cue] of cases) {
      const speaker = text.slice(0, text.indexOf(text.includes('Pilots') ? ' told' : ' said'));
      const inner = attr(text, speaker, text.includes('Pilots') ? 'told' : 'said', content, 'say');
      const all = [inner];
      numberJoinAndLink(text, all);
      const outer = all.find((a) => a !== inner)!;
      assert.equal(outer.source?.text, source);
      assert.equal(outer.cue.text, cue);
      assert.deepEqual(texts(outer), [text.slice(0, text.indexOf(`, ${source}`))]);
      assert.deepEqual(texts(inner), [content.slice(0, content.indexOf(`, ${source}`))]);
      assert.equal(inner.via, outer.id);
    }
  });

  it('takes over the cue the tagger gave a trailing tag, and leaves a clause after the comma alone', () => {
    const text = 'Pilots told the port that the channel was silting up, the Kestrel Gazette reported.';
    const inner = attr(
      text,
      'Pilots',
      'told',
      'that the channel was silting up, the Kestrel Gazette',
      'tell',
    );
    const reported = attr(text, null, 'reported', 'that the channel was silting up', 'report');
    const all = [inner, reported];
    numberJoinAndLink(text, all);
    assert.equal(all.length, 2);
    assert.equal(reported.source?.text, 'the Kestrel Gazette');
    assert.deepEqual(texts(reported), ['Pilots told the port that the channel was silting up']);
    assert.equal(inner.via, reported.id);
    const clause = 'He said the pier was safe, the boats that sailed it reported.';
    const said = attr(clause, 'He', 'said', 'the pier was safe, the boats that sailed it reported', 'say');
    const alone = [said];
    numberJoinAndLink(clause, alone);
    assert.equal(alone.length, 1);
  });

  it('gives the phrase a dropped "titled" took back to the statement that starts at its title', () => {
    const text = 'A petition titled “Stop the Wall” has 900 names, according to its organisers.';
    const titled = attributionIn(text, {
      source: null,
      cue: 'titled',
      content: [spanIn(text, 'A petition'), spanIn(text, '“Stop the Wall” has 900 names')],
    });
    const according = attr(text, 'its organisers', 'according to', '“Stop the Wall” has 900 names', 'accord');
    const all = [titled, according];
    numberAndJoin(text, all);
    assert.deepEqual(all, [according]);
    assert.deepEqual(texts(according), ['A petition titled “Stop the Wall” has 900 names']);
  });

  it('gives "Adding that …" the source an inverted relay found in the sentence before', () => {
    const text = '"The ferry is late," Ana Ruiz said, reported Bay News. Adding that the pier stays shut.';
    const inner = attr(text, 'Ana Ruiz', 'said', 'The ferry is late', 'say');
    // The tagger saw no source for the relay: invertedRelay finds it after the cue.
    const relay = attr(text, null, 'reported', 'Bay News', 'report');
    const adding = attr(text, null, 'Adding', 'that the pier stays shut', 'add');
    const all = [inner, relay, adding];
    numberAndJoin(text, all);
    assert.equal(relay.source?.text, 'Bay News');
    assert.equal(adding.source?.text, 'Bay News');
  });

  it('gives a source the quoted title after it and drops the title taken for a cue', () => {
    const text = 'A survey titled "Salt Roads" found that tolls had doubled.';
    const title = attr(text, null, 'titled', 'Salt Roads', 'title');
    const survey = attr(text, 'A survey', 'found', 'that tolls had doubled', 'find');
    survey.source = { ...survey.source!, kind: 'document' };
    const all = [title, survey];
    numberAndJoin(text, all);
    assert.deepEqual(all, [survey]);
    assert.equal(survey.source?.text, 'A survey titled "Salt Roads"');
    assert.equal(survey.source?.kind, 'document');
  });

  it('cuts a content that began inside the quoted title its source took', () => {
    const text = 'According to a 2021 study called “Dry Wells”, farms used less water.';
    const a = attr(
      text,
      'a 2021 study',
      'According to',
      'called “Dry Wells”, farms used less water',
      'according to',
    );
    a.source = { ...a.source!, kind: 'document' };
    const all = [a];
    numberAndJoin(text, all);
    assert.equal(a.source?.text, 'a 2021 study called “Dry Wells”');
    assert.deepEqual(texts(a), ['farms used less water']);
    const [c] = a.content;
    assert.equal(text.slice(c.start, c.end), c.text);
  });

  it('makes a source followed by ", who declined to be named" anonymous, clause included', () => {
    const text = 'A clerk for the harbour board, who declined to be named, said the dock was sold.';
    const a = attr(text, 'A clerk for the harbour board', 'said', 'the dock was sold', 'say');
    a.source = { ...a.source!, kind: 'organization' };
    const all = [a];
    numberAndJoin(text, all);
    assert.equal(a.source?.text, 'A clerk for the harbour board, who declined to be named');
    assert.equal(a.source?.kind, 'anonymous');
  });
});

describe('joinRelays: a report that holds an inner statement', () => {
  it('keeps its own words past the inner statement it carries', () => {
    const text = 'The mayor told the Courier that “staff said the pier was unsafe. … We shut it at once.”';
    const outer = attr(
      text,
      'The mayor',
      'told',
      'that “staff said the pier was unsafe. … We shut it at once.',
      'tell',
    );
    const inner = attr(text, 'staff', 'said', 'the pier was unsafe.', 'say');
    const all = [outer, inner];
    numberJoinAndLink(text, all);
    assert.equal(outer.content[0].text, 'that “staff said the pier was unsafe. … We shut it at once.');
    assert.equal(inner.via, outer.id);
  });
});

describe('joinRelays: a relay tail the cue tagger never marked', () => {
  it('adds the tail after a speech tag as the outer attribution carrying the tagged statement', () => {
    const rows: [string, string, string, string, string, string, string][] = [
      // text, inner source, inner cue, inner content, relay source, relay cue, relayed statement
      [
        '“We will reopen it by Friday,” the mayor said, reported Valley Radio.',
        'the mayor',
        'said',
        'We will reopen it by Friday',
        'Valley Radio',
        'reported',
        '“We will reopen it by Friday,” the mayor said',
      ],
      [
        '"The pier is unsafe," said the harbour master, wrote the Coast Courier. Boats waited.',
        'the harbour master',
        'said',
        'The pier is unsafe',
        'the Coast Courier',
        'wrote',
        '"The pier is unsafe," said the harbour master',
      ],
      [
        // The text's end ends the sentence.
        '“Stocks are low,” a pharmacist said, reported the local radio station',
        'a pharmacist',
        'said',
        'Stocks are low',
        'the local radio station',
        'reported',
        '“Stocks are low,” a pharmacist said',
      ],
      // A tag with an object or a short phrase of its own before the tail.
      [
        '“The road is shut,” the mayor told reporters, reported Valley Radio.',
        'the mayor',
        'told',
        'The road is shut',
        'Valley Radio',
        'reported',
        '“The road is shut,” the mayor told reporters',
      ],
      [
        '"Stocks are low," a pharmacist told the town council on Monday, wrote the Coast Courier.',
        'a pharmacist',
        'told',
        'Stocks are low',
        'the Coast Courier',
        'wrote',
        '"Stocks are low," a pharmacist told the town council on Monday',
      ],
    ];
    for (const [text, source, cue, content, relaySource, relayCue, relayed] of rows) {
      const inner = attr(text, source, cue, content, cue === 'told' ? 'tell' : 'say');
      const all = [inner];
      numberJoinAndLink(text, all);
      assert.equal(all.length, 2, text);
      const outer = all.find((a) => a !== inner)!;
      assert.equal(outer.source?.text, relaySource, text);
      assert.equal(outer.cue.text, relayCue, text);
      assert.deepEqual(texts(outer), [relayed], text);
      assert.equal(inner.via, outer.id, text);
      for (const a of all)
        for (const sp of [a.cue, ...a.content, ...(a.source ? [a.source] : [])])
          assert.equal(text.slice(sp.start, sp.end), sp.text);
    }
  });

  it('adds nothing when the words after the tag are no relay, or the relay is already there', () => {
    const rows: [string, string, string, string][] = [
      // text, inner source, inner cue, inner content
      [
        '“We will reopen it by Friday,” the mayor said, adding that crews were ready.',
        'the mayor',
        'said',
        'We will reopen it by Friday',
      ],
      [
        '“We will reopen it,” the mayor said, reported figures on the cost of the repairs to the old stone bridge.',
        'the mayor',
        'said',
        'We will reopen it',
      ],
      // A clause after the tag, not a short phrase: the tail is the clause's, not the tag's.
      [
        '“We will reopen it,” the mayor said as the crews, who had worked all night, left, reported Valley Radio.',
        'the mayor',
        'said',
        'We will reopen it',
      ],
      // A second "said" is a slip in the tag, and "last year" no outlet.
      ['"Prices will fall," said Ken Ito, said last year.', 'Ken Ito', 'said', 'Prices will fall'],
      // The statement follows the tag: a tail after it relays nothing the tag closed.
      [
        'The mayor said the bridge would reopen, reported Valley Radio.',
        'The mayor',
        'said',
        'the bridge would reopen',
      ],
    ];
    for (const [text, source, cue, content] of rows) {
      const inner = attr(text, source, cue, content, 'say');
      const all = [inner];
      numberAndJoin(text, all);
      assert.equal(all.length, 1, text);
      assert.equal(inner.via, null, text);
    }
    const text = '“The repairs are on schedule,” Mayor Ruiz said, reported Valley Radio.';
    const inner = attr(text, 'Mayor Ruiz', 'said', 'The repairs are on schedule', 'say');
    const tagged = attr(text, 'Mayor Ruiz', 'reported', 'Valley Radio', 'report');
    const all = [inner, tagged];
    numberJoinAndLink(text, all);
    assert.equal(all.length, 2);
    assert.equal(tagged.source?.text, 'Valley Radio');
    assert.equal(inner.via, tagged.id);
  });
});
