import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cutDanglingJoiners,
  runContentsOn,
  runOnParallelThat,
  subjectsAfterThat,
} from '../../../src/extract/attributions/contentRuns.js';
import { type AttributionParts, attributionIn } from './fixtures.js';

/** Two attributions, [source, cue, content] each (the first found after the one before); both as text after the pass. */
function after(text: string, outer: [string | null, string, string], inner: [string | null, string, string]) {
  const first = attributionIn(text, { source: outer[0], cue: outer[1], content: outer[2] });
  const from = first.content[0].start;
  const second = attributionIn(text, {
    source: inner[0],
    cue: inner[1],
    content: inner[2],
    from,
    cueFrom: from,
    contentFrom: from,
  });
  runContentsOn(text, [first, second]);
  subjectsAfterThat(text, [first, second]);
  return [first, second].map(
    (a) => `${a.source?.text ?? '-'} / ${a.cue.text} / ${a.content.map((c) => c.text).join(' … ')}`,
  );
}

describe('runContentsOn', () => {
  it('runs an agentless report on over the statement it reports, whose subject it held', () => {
    const text = 'It was reported that rangers at the park had urged a cull of deer.';
    assert.deepEqual(
      after(
        text,
        [null, 'It was reported', 'that rangers at the park'],
        [null, 'had urged', 'a cull of deer'],
      ),
      [
        '- / It was reported / that rangers at the park had urged a cull of deer',
        'rangers at the park / had urged / a cull of deer',
      ],
    );
  });

  it('runs a content on over an agentless passive whose content is only its subject, to the clause end', () => {
    const text = 'A clerk for the court said a verdict was expected by Friday, and the jury agreed.';
    assert.deepEqual(
      after(text, ['A clerk for the court', 'said', 'a verdict'], [null, 'was expected', 'a verdict']),
      ['A clerk for the court / said / a verdict was expected by Friday', '- / was expected / a verdict'],
    );
  });

  it('takes the subject from the content when the inner cue borrowed the outer source and shares its auxiliary', () => {
    const text = 'She said the board had known about the leak for years.';
    const outer = attributionIn(text, { source: 'She', cue: 'said', content: 'the board had' });
    const inner = attributionIn(text, {
      source: 'She',
      cue: 'had known about',
      content: 'the leak for years',
      cueFrom: text.indexOf('board'),
    });
    runContentsOn(text, [outer, inner]);
    assert.deepEqual(
      [outer, inner].map(
        (a) => `${a.source?.text ?? '-'} / ${a.cue.text} / ${a.content.map((c) => c.text).join(' … ')}`,
      ),
      [
        'She / said / the board had known about the leak for years',
        'the board / had known about / the leak for years',
      ],
    );
  });

  it('leaves a borrowed source when the content before the inner cue is no plain subject', () => {
    const text = 'They argue it might have worked, perhaps by insisting harder that rates rise.';
    const outer = attributionIn(text, {
      source: 'They',
      cue: 'argue',
      content: 'it might have worked, perhaps by insisting',
    });
    const inner = attributionIn(text, {
      source: 'They',
      cue: 'insisting harder',
      content: 'that rates rise',
    });
    runContentsOn(text, [outer, inner]);
    assert.equal(inner.source?.text, 'They');
    assert.equal(outer.content[0].text, 'it might have worked, perhaps by insisting');
  });

  it('runs a content on over a sourceless cue inside its clause, without a subject for it', () => {
    const text = 'They say they back the rules lawmakers are expected to pass.';
    assert.deepEqual(
      after(text, ['They', 'say', 'they back the rules lawmakers'], [null, 'are expected', 'to pass']),
      ['They / say / they back the rules lawmakers are expected to pass', '- / are expected / to pass'],
    );
  });

  it("runs a content on over the comma that closes its subject's relative clause", () => {
    const text = 'The club said the buyer, whom it would not name, had vowed to keep the stand open.';
    assert.deepEqual(
      after(
        text,
        ['The club', 'said', 'the buyer, whom it would not name'],
        [null, 'had vowed', 'to keep the stand open'],
      ),
      [
        'The club / said / the buyer, whom it would not name, had vowed to keep the stand open',
        '- / had vowed / to keep the stand open',
      ],
    );
  });

  it('runs a question word on over the statement that completes it, subject and all', () => {
    const text = 'Keane declined to say how much the firm expected to earn from it.';
    assert.deepEqual(
      after(text, ['Keane', 'declined to say', 'how much'], ['the firm', 'expected', 'to earn from it']),
      [
        'Keane / declined to say / how much the firm expected to earn from it',
        'the firm / expected / to earn from it',
      ],
    );
    assert.deepEqual(
      after(
        text,
        ['Keane', 'declined to say', 'how much the firm'],
        ['the firm', 'expected', 'to earn from it'],
      ),
      [
        'Keane / declined to say / how much the firm expected to earn from it',
        'the firm / expected / to earn from it',
      ],
    );
  });

  it('takes the phrase after "that" as the subject of a statement reported inside a content', () => {
    const text = 'It was reported last week that rangers at the park had urged a cull, but not why.';
    assert.deepEqual(
      after(
        text,
        [null, 'It was reported', 'last week that rangers at the park had urged a cull'],
        [null, 'had urged', 'a cull'],
      ),
      [
        '- / It was reported / last week that rangers at the park had urged a cull',
        'rangers at the park / had urged / a cull',
      ],
    );
  });

  const unchanged: [string, string, [string | null, string, string], [string | null, string, string]][] = [
    [
      'a cue with a source of its own after a whole clause',
      'They say the rules are fair, the mayor added.',
      ['They', 'say', 'the rules are fair'],
      ['the mayor', 'added', 'the rules are fair'],
    ],
    [
      'words between the content and the cue',
      'It was reported that rangers had left; later proposed a cull.',
      [null, 'It was reported', 'that rangers had left'],
      [null, 'proposed', 'a cull'],
    ],
    [
      'a comma that closes no relative clause',
      'They say the rules are fair, expected to pass.',
      ['They', 'say', 'the rules are fair'],
      [null, 'expected', 'to pass'],
    ],
    [
      'an adverb and participle after the relative clause',
      'They say the pier, which opened in May, now known as the Point, is fair.',
      ['They', 'say', 'the pier, which opened in May'],
      [null, 'now known as', 'the Point'],
    ],
    [
      'a relative clause closed before the content ends',
      'They say the firm, which is small, is fair, expected to pass.',
      ['They', 'say', 'the firm, which is small, is fair'],
      [null, 'expected', 'to pass'],
    ],
    [
      'a sentence end between them',
      'They say the rules are fair. Critics argued otherwise.',
      ['They', 'say', 'the rules are fair.'],
      [null, 'Critics argued', 'otherwise'],
    ],
  ];
  for (const [name, text, outer, inner] of unchanged)
    it(`leaves alone ${name}`, () => {
      const before = [outer, inner].map(([s, c, x]) => `${s ?? '-'} / ${c} / ${x}`);
      assert.deepEqual(after(text, outer, inner), before);
    });
});

describe('runOnParallelThat', () => {
  /** Each attribution's content after the pass. */
  function contents(text: string, ...parts: AttributionParts[]): string[] {
    const found = parts.map((p) => attributionIn(text, p));
    runOnParallelThat(text, found);
    return found.map((a) => a.content.map((c) => c.text).join(' … '));
  }
  const SAID = { source: 'The minister', cue: 'said', content: 'that fares would rise' };
  const cases: { name: string; text: string; parts: AttributionParts[]; expected: string[] }[] = [
    {
      name: 'runs a content on over a second "that" clause to the sentence end',
      text: 'The minister said that fares would rise, and that the ferry would run less often.',
      parts: [SAID],
      expected: ['that fares would rise, and that the ferry would run less often'],
    },
    {
      name: "stops at a dash that opens the writer's own aside",
      text: 'The minister said that fares would rise, and that the ferry would survive - though few agree.',
      parts: [SAID],
      expected: ['that fares would rise, and that the ferry would survive'],
    },
    {
      name: 'leaves "and that is …", a pronoun',
      text: 'The minister said that fares would rise, and that is a blow to islanders.',
      parts: [SAID],
      expected: ['that fares would rise'],
    },
    {
      name: 'leaves a clause that holds a tag of its own',
      text: 'The minister said that fares would rise and that the cost, as the captain later put it, was too high.',
      parts: [SAID, { source: 'the captain', cue: 'later put it', content: 'was too high' }],
      expected: ['that fares would rise', 'was too high'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(contents(c.text, ...c.parts), c.expected));
});

describe('cutDanglingJoiners', () => {
  // text, outer [source, cue, content], next cue, the outer content after the pass
  const cases: [string, [string, string, string], string, string][] = [
    [
      'She said she was sorry and had asked the board to look into it.',
      ['She', 'said', 'she was sorry and had'],
      'had asked',
      'she was sorry',
    ],
    [
      'He said the mill had shut, and warned that more jobs would go.',
      ['He', 'said', 'the mill had shut, and'],
      'warned',
      'the mill had shut',
    ],
    [
      'He said the mill had shut but did not know why.',
      ['He', 'said', 'the mill had shut but'],
      'did not know',
      'the mill had shut',
    ],
    // A content that ends well before the next cue keeps its words.
    [
      'He said bread and milk were short. Later he warned of queues.',
      ['He', 'said', 'bread and'],
      'warned',
      'bread and',
    ],
    // "and" inside the content, not at its end.
    [
      'She said fish and chips had sold out and had asked for more.',
      ['She', 'said', 'fish and chips had sold out'],
      'had asked',
      'fish and chips had sold out',
    ],
  ];
  // text, outer [source, cue, content], next [source, cue], the outer content after the pass
  const overSubjects: [string, [string, string, string], [string, string], string][] = [
    // The content ran on over the next statement's subject, and the joiner before it.
    [
      'The study found that tenants move less often, but most of those asked said rents were too high.',
      ['The study', 'found', 'that tenants move less often, but most of those'],
      ['most of those asked', 'said'],
      'that tenants move less often',
    ],
    [
      'He said the mill had shut and the owners said nothing.',
      ['He', 'said', 'the mill had shut and the owners'],
      ['the owners', 'said'],
      'the mill had shut',
    ],
    // A content that stops before the next subject keeps its words.
    [
      'He said the mill had shut, but the owners said nothing.',
      ['He', 'said', 'the mill had shut'],
      ['the owners', 'said'],
      'the mill had shut',
    ],
  ];
  for (const [text, [source, cue, content], [nextSource, nextCue], expected] of overSubjects)
    it(`${cue} … ${nextSource} ${nextCue}: "${expected}"`, () => {
      const outer = attributionIn(text, { source, cue, content });
      const next = attributionIn(text, {
        source: nextSource,
        cue: nextCue,
        content: text.slice(-6, -1),
        from: outer.cue.end,
        cueFrom: outer.cue.end,
      });
      cutDanglingJoiners(text, [outer, next]);
      assert.deepEqual(
        outer.content.map((c) => c.text),
        [expected],
      );
    });
  for (const [text, [source, cue, content], nextCue, expected] of cases)
    it(`${cue} … ${nextCue}: "${expected}"`, () => {
      const outer = attributionIn(text, { source, cue, content });
      const next = attributionIn(text, {
        source,
        cue: nextCue,
        content: text.slice(-6, -1),
        cueFrom: outer.cue.end,
      });
      cutDanglingJoiners(text, [outer, next]);
      assert.deepEqual(
        outer.content.map((c) => c.text),
        [expected],
      );
    });
});
