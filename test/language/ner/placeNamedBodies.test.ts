import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addPlaceNamedBodies } from '../../../src/language/ner/placeNamedBodies.js';
import { applySpanRule } from './spanNotation.js';

const added = (text: string) =>
  applySpanRule(text, (view, spans, n) => addPlaceNamedBodies(view, spans, 0, n));

describe('addPlaceNamedBodies', () => {
  // Invented names and sentences.
  const cases: [string, string, string[]][] = [
    [
      'a force the tagger missed at the sentence start',
      'Dunmarsh Police said no one was hurt',
      ['Dunmarsh Police/ORG'],
    ],
    ['a rail operator read as a person', '[Tarvale Rail]/PERSON cut its trains', ['Tarvale Rail/ORG']],
    [
      'a utility whose place was read as a person',
      "[Ferrow]/PERSON Water 's chief executive said",
      ['Ferrow Water/ORG'],
    ],
    ['a housebuilder in apposition', 'The developer , Tolbeck Homes , will build', ['Tolbeck Homes/ORG']],
    ['a bus company read whole as a person', '[Ardle Buses]/PERSON runs 40 routes', ['Ardle Buses/ORG']],
    ['"the" stays out', 'the Dunmarsh Council said', ['Dunmarsh Council/ORG']],
    // A head word the tagger's features do not read (nameHeads.ts).
    ['a forum the tagger missed', 'who chairs the Kestrel Valley Forum , said', ['Kestrel Valley Forum/ORG']],
    ["a place span inside a body's name joins it", 'said [Dunmarsh]/GPE Council', ['Dunmarsh Council/ORG']],
    ['a lake read as a place stays one', 'sailed on [Coniston Water]/LOC today', ['Coniston Water/LOC']],
    [
      'a plural trade read as a place',
      'The developer , [Tolbeck Estates]/LOC , said',
      ['Tolbeck Estates/ORG'],
    ],
    [
      'the name goes on to a later head',
      'Dunmarsh Police Federation said',
      ['Dunmarsh Police Federation/ORG'],
    ],
    ['the name goes on past the head', 'Dunmarsh Police Cadets said', []],
    ['the name goes on after "of"', 'the Georgia Institute of Technology', []],
    ['the name goes on after "of the"', 'judge of the Tarrow Court of the Western Circuit', []],
    ['the name goes on after "for"', 'the Tarrow Fund for Animal Welfare', []],
    ['a number after the head', 'took Customer Service 101 online', []],
    [
      'a capitalised common word inside a sentence is part of the name',
      "at Bow Street Magistrates +' Court today",
      ["Bow Street Magistrates ' Court/ORG"],
    ],
    ['a rank before it', 'the # 1 Newsgroup Service online', []],
    ['a legal form is left to the suffix rule', 'shares in Salomon Bros . rose', []],
    [
      'the plural of an establishment opening a sentence',
      'Ferrow Creameries will close',
      ['Ferrow Creameries/ORG'],
    ],
    ['a letting agent read as a person', 'said [Quenby Lettings]/PERSON today', ['Quenby Lettings/ORG']],
    [
      'a place and a plural possessive inside a body name',
      "The [Tarrow Town]/LOC Supporters +' Trust said",
      ["Tarrow Town Supporters ' Trust/ORG"],
    ],
    [
      'goods a business is named by, read as a place',
      'eggs go to [Ferrow Poultry]/LOC , which',
      ['Ferrow Poultry/ORG'],
    ],
    ['common words before a possessive name no body', "The Food and Allied Workers +' Union said", []],
    [
      'a person named with a given name stays a person',
      'said [Charlotte Church]/PERSON today',
      ['Charlotte Church/PERSON'],
    ],
    ['a head word alone', 'Police said the road was shut', []],
    ['a head word in capitals', 'DUNMARSH POLICE said', []],
    ['a head in lower case', 'the Dunmarsh police said', []],
    ['an outlet head is left to the outlet rules', 'the Dunmarsh Times said', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(added(text), expected));
});
