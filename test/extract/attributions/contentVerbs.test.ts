import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinContentVerbs } from '../../../src/extract/attributions/contentVerbs.js';
import { attributionIn, spanIn } from './fixtures.js';

type Parts = [source: string | null, cue: string, content: string | string[]];

/** The attributions left after the pass, each as "source / cue / content". */
function after(text: string, ...parts: Parts[]): string[] {
  let from = 0;
  const found = parts.map(([source, cue, content]) => {
    // The source is the first one in the text (both cues share it); cue and content come after the cue before.
    const a = attributionIn(text, {
      source: source && spanIn(text, source),
      cue,
      content: Array.isArray(content) ? content.map((piece) => spanIn(text, piece, from)) : content,
      cueFrom: from,
      contentFrom: from,
    });
    from = a.cue.start;
    return a;
  });
  joinContentVerbs(text, found);
  return found.map(
    (a) => `${a.source?.text ?? '-'} / ${a.cue.text} / ${a.content.map((c) => c.text).join(' … ')}`,
  );
}

describe('joinContentVerbs: a content cut at its clause subject or around a participle clause', () => {
  const cases: { name: string; text: string; parts: Parts[]; expected: string[] }[] = [
    {
      name: 'the reported verb taken for a second cue of the same speaker joins the first content',
      text: 'The mayor said that the council has long opposed the bypass.',
      parts: [
        ['The mayor', 'said', 'that the council'],
        ['The mayor', 'has long opposed', 'the bypass'],
      ],
      expected: ['The mayor / said / that the council has long opposed the bypass'],
    },
    {
      name: 'a subject without "that" joins too',
      text: 'Both hosts say the station never vetted their guests.',
      parts: [
        ['Both hosts', 'say', 'the station'],
        ['Both hosts', 'never vetted', 'their guests'],
      ],
      expected: ['Both hosts / say / the station never vetted their guests'],
    },
    {
      name: "a word of the speaker's name taken for the second source joins too",
      text: 'The Institute of Pier and Harbour Management said councils were expected to warn owners.',
      parts: [
        ['The Institute of Pier and Harbour Management', 'said', 'councils'],
        ['Management', 'were expected', 'to warn owners'],
      ],
      expected: [
        'The Institute of Pier and Harbour Management / said / councils were expected to warn owners',
      ],
    },
    {
      name: "a second source outside the first speaker's name is another speaker",
      text: 'The Institute of Pier and Harbour Management said councils were expected to warn owners.',
      parts: [
        ['The Institute of Pier and Harbour Management', 'said', 'councils'],
        ['councils', 'were expected', 'to warn owners'],
      ],
      expected: [
        'The Institute of Pier and Harbour Management / said / councils',
        'councils / were expected / to warn owners',
      ],
    },
    {
      name: 'a participle after the first content is a verb of its own',
      text: 'The leaflet shows the farmer asking neighbours for help.',
      parts: [
        ['The leaflet', 'shows', 'the farmer'],
        ['The leaflet', 'asking', 'neighbours for help'],
      ],
      expected: ['The leaflet / shows / the farmer', 'The leaflet / asking / neighbours for help'],
    },
    {
      name: 'a participle cue after its subject opens a relative clause',
      text: 'Growers backing the scheme have urged a second vote.',
      parts: [
        ['Growers', 'backing', 'the scheme'],
        ['Growers', 'have urged', 'a second vote'],
      ],
      expected: ['Growers / backing / the scheme', 'Growers / have urged / a second vote'],
    },
    {
      name: 'a cue ending on a preposition takes a noun phrase, not a clause',
      text: 'Tenants the board spoke to about the levy have rejected it.',
      parts: [
        ['Tenants', 'spoke to about', 'the levy'],
        ['Tenants', 'have rejected', 'it'],
      ],
      expected: ['Tenants / spoke to about / the levy', 'Tenants / have rejected / it'],
    },
    {
      name: 'a second cue with a subject of its own stays',
      text: 'The mayor said that the council has long opposed the bypass.',
      parts: [
        ['The mayor', 'said', 'that the council'],
        ['the council', 'has long opposed', 'the bypass'],
      ],
      expected: ['The mayor / said / that the council', 'the council / has long opposed / the bypass'],
    },
    {
      name: 'a long phrase is not a cut subject',
      text: 'The mayor said that members of the old harbour council opposed the bypass.',
      parts: [
        ['The mayor', 'said', 'that members of the old harbour council'],
        ['The mayor', 'opposed', 'the bypass'],
      ],
      expected: [
        'The mayor / said / that members of the old harbour council',
        'The mayor / opposed / the bypass',
      ],
    },
    {
      name: 'a comma between the content and the second cue keeps both',
      text: 'The mayor praised the council, promised a bypass and left.',
      parts: [
        ['The mayor', 'praised', 'the council'],
        ['The mayor', 'promised', 'a bypass'],
      ],
      expected: ['The mayor / praised / the council', 'The mayor / promised / a bypass'],
    },
    {
      name: 'a past participle after the cut subject and a comma, with the clause going on after it, joins',
      text: 'The ministry said the levy, agreed with the unions in March, was needed to keep the harbour open.',
      parts: [
        ['The ministry', 'said', 'the levy'],
        ['The ministry', 'agreed with', 'the unions in March'],
      ],
      expected: [
        'The ministry / said / the levy, agreed with the unions in March, was needed to keep the harbour open',
      ],
    },
    {
      name: 'a participle clause that no verb of the reported clause follows is left alone',
      text: 'The club said the kit, designed by pupils at the school.',
      parts: [
        ['The club', 'said', 'the kit'],
        ['The club', 'designed by', 'pupils at the school'],
      ],
      expected: ['The club / said / the kit', 'The club / designed by / pupils at the school'],
    },
    {
      name: 'a content in two pieces around the participle becomes one, and the participle goes',
      text: 'The ministry said the levy, agreed with the unions in March, was needed to keep the harbour open.',
      parts: [
        ['The ministry', 'said', ['the levy', 'was needed to keep the harbour open']],
        ['The ministry', 'agreed with', 'the unions in March'],
      ],
      expected: [
        'The ministry / said / the levy, agreed with the unions in March, was needed to keep the harbour open',
      ],
    },
    {
      name: 'a participle between two pieces with another source stays',
      text: 'The ministry said the levy, backed by the unions in March, was needed to keep the harbour open.',
      parts: [
        ['The ministry', 'said', ['the levy', 'was needed to keep the harbour open']],
        ['the unions', 'backed by', 'the unions in March'],
      ],
      expected: [
        'The ministry / said / the levy … was needed to keep the harbour open',
        'the unions / backed by / the unions in March',
      ],
    },
    {
      name: 'an indefinite appositive read as the source of the reported verb joins the first content',
      text: 'The council said the buyer, a family firm based in Arnton, had agreed to keep the mill open.',
      parts: [
        ['The council', 'said', 'the buyer'],
        ['a family firm based in Arnton', 'had agreed', 'to keep the mill open'],
      ],
      expected: [
        'The council / said / the buyer, a family firm based in Arnton, had agreed to keep the mill open',
      ],
    },
    {
      name: 'a second source joined to the first content by "and" speaks for itself',
      text: 'The council named the buyer, and a local baker said she had agreed to keep the mill open.',
      parts: [
        ['The council', 'named', 'the buyer'],
        ['a local baker', 'said', 'she had agreed to keep the mill open'],
      ],
      expected: [
        'The council / named / the buyer',
        'a local baker / said / she had agreed to keep the mill open',
      ],
    },
    {
      name: 'a subject cut before a relative clause set off by commas runs on to its own verb',
      text: 'The warden said the vaults, which outlasted the blaze, held oak beams from the old barn.',
      parts: [['The warden', 'said', 'the vaults']],
      expected: [
        'The warden / said / the vaults, which outlasted the blaze, held oak beams from the old barn',
      ],
    },
    {
      name: 'and a sourceless cue read from the clause after it goes',
      text: 'The board said output, which peaked in June, was unlikely to recover this year.',
      parts: [
        ['The board', 'said', 'output'],
        [null, 'was unlikely', 'to recover this year'],
      ],
      expected: ['The board / said / output, which peaked in June, was unlikely to recover this year'],
    },
    {
      name: 'another speaker after the clause speaks for itself',
      text: 'She named the report, which the union wrote, and the union said it stood by every word.',
      parts: [
        ['She', 'named', 'the report'],
        ['the union', 'said', 'it stood by every word'],
      ],
      expected: ['She / named / the report', 'the union / said / it stood by every word'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(after(c.text, ...c.parts), c.expected));
});
