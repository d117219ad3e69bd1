import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  jaroWinkler,
  nameSimilarity,
  oneSlipApart,
  parseName,
  phoneticKey,
  SAME_NAME_THRESHOLD,
  sameEntityName,
  stripTitles,
} from '../../../src/language/names/index.js';

describe('parseName', () => {
  const cases: [string, { titles: string[]; given: string[]; particles: string[]; surname: string }][] = [
    [
      'Maj. Gen. Khalifa Haftar',
      { titles: ['Maj.', 'Gen.'], given: ['Khalifa'], particles: [], surname: 'Haftar' },
    ],
    [
      'Foreign Minister Sameh Shoukry',
      { titles: ['Foreign', 'Minister'], given: ['Sameh'], particles: [], surname: 'Shoukry' },
    ],
    [
      'Libyan army spokesman Ahmed al-Mismari',
      { titles: ['Libyan', 'army', 'spokesman'], given: ['Ahmed'], particles: ['al'], surname: 'Mismari' },
    ],
    ['Abdel Fattah el-Sisi', { titles: [], given: ['Abdel', 'Fattah'], particles: ['el'], surname: 'Sisi' }],
    ['Tariq bin Waleed', { titles: [], given: ['Tariq'], particles: ['bin'], surname: 'Waleed' }],
    [
      'Dr. Marta Kowalczyk, a surgeon',
      { titles: ['Dr.'], given: ['Marta'], particles: [], surname: 'Kowalczyk' },
    ],
    ['John Major', { titles: [], given: ['John'], particles: [], surname: 'Major' }],
    ['Gen. Haftar', { titles: ['Gen.'], given: [], particles: [], surname: 'Haftar' }],
    ['the spokesman', { titles: ['the', 'spokesman'], given: [], particles: [], surname: '' }],
    // A title's written abbreviation is the title.
    ['Cllr Ines Barrow', { titles: ['Cllr'], given: ['Ines'], particles: [], surname: 'Barrow' }],
    ['Cllr. Barrow', { titles: ['Cllr.'], given: [], particles: [], surname: 'Barrow' }],
  ];
  for (const [input, expected] of cases)
    it(`splits "${input}"`, () => {
      const p = parseName(input);
      assert.deepEqual(
        { titles: p.titles, given: p.given, particles: p.particles, surname: p.surname },
        expected,
      );
    });

  it('keeps generational suffixes apart and drops possessives', () => {
    assert.deepEqual(parseName('Hollis Grant Jr.').suffixes, ['Jr.']);
    assert.equal(parseName("Haftar's").surname, 'Haftar');
  });

  it('strips titles and appositives', () => {
    assert.equal(stripTitles('President Amara Duvall'), 'Amara Duvall');
    assert.equal(stripTitles('Interior Minister Pavel Orlin, who resigned'), 'Pavel Orlin');
  });

  it('strips a long title misspelt by a doubled letter, but no short word or name like one', () => {
    const rows: [string, string][] = [
      ['Commisioner Elena Varga', 'Elena Varga'],
      ['Comissioner Varga', 'Varga'],
      ['Superintendant Varga', 'Superintendant Varga'],
      ['Gouverner Varga', 'Gouverner Varga'],
      ['Mayer Varga', 'Mayer Varga'],
    ];
    for (const [written, name] of rows) assert.equal(stripTitles(written), name, written);
  });
});

describe('phoneticKey', () => {
  const same: [string, string][] = [
    ['Qadhafi', 'Gaddafi'],
    ['Kadhafi', 'Gadhafi'],
    ['Haftar', 'Hafter'],
    ['Mohammed', 'Muhammad'],
    ['Youssef', 'Yusuf'],
    ['Zeidan', 'Zidan'],
    ['Ghannouchi', 'Gannouchi'],
    // A final "-isle" is said "-ile": its s is silent.
    ['Lisle', 'Lyle'],
    ['Carlisle', 'Carlyle'],
  ];
  for (const [a, b] of same)
    it(`${a} and ${b} share a key`, () => assert.equal(phoneticKey(a), phoneticKey(b)));
  it('keeps different consonant skeletons apart', () => {
    // An s before "l" is said everywhere but in a final "-isle".
    assert.notEqual(phoneticKey('Presley'), phoneticKey('Preley'));
    assert.notEqual(phoneticKey('Paisley'), phoneticKey('Paley'));
    assert.notEqual(phoneticKey('Mohammed'), phoneticKey('Mahmoud'));
    assert.notEqual(phoneticKey('Obama'), phoneticKey('Osama'));
  });
});

describe('jaroWinkler', () => {
  it('is 1 for equal strings, 0 for disjoint, symmetric in between', () => {
    assert.equal(jaroWinkler('haftar', 'haftar'), 1);
    assert.equal(jaroWinkler('abc', 'xyz'), 0);
    assert.equal(jaroWinkler('', 'abc'), 0);
    assert.equal(jaroWinkler('martha', 'marhta'), jaroWinkler('marhta', 'martha'));
    assert.ok(Math.abs(jaroWinkler('martha', 'marhta') - 0.9611) < 1e-3);
  });
});

describe('oneSlipApart', () => {
  // a, b, one typing slip apart
  const cases: [string, string, boolean][] = [
    ['penwartha', 'penwarthe', true],
    ['kerridge', 'keridge', true],
    ['keridge', 'kerridge', true],
    ['marlowe', 'malrowe', true],
    ['castlemoor', 'castlemead', false],
    ['dairy', 'dairy', false],
    ['north', 'south', false],
    ['lyle', 'lisle', false],
  ];
  for (const [a, b, expected] of cases)
    it(`${a} / ${b}: ${expected}`, () => assert.equal(oneSlipApart(a, b), expected));
});

describe('sameEntityName', () => {
  const matches: [string, string][] = [
    ['Gen. Haftar', 'Khalifa Haftar'],
    ['Khalifa Hafter', 'Maj. Gen. Khalifa Haftar'],
    ['Muammar Gaddafi', 'Moammar Qadhafi'],
    ['Col. Kadhafi', 'Muammar al-Gaddafi'],
    ['Mohammed Morsi', 'Muhammad Mursi'],
    ['K. Haftar', 'Khalifa Haftar'],
    // Invented names: a surname-only reference and a vowel variant.
    ['Ms. Vandersloot', 'Orla Vandersloot'],
    ['Teodor Brankovic', 'Teodor Brankovich'],
    ['Abdelkarim el-Fessi', 'Abdelkarim Al Fessi'],
    // A familiar short form of the given name.
    ['Andy Keelby', 'Andrew Keelby'],
    ['Sue Marlowe', 'Susan Marlowe'],
    ['Steve Halloran', 'Stephen Halloran'],
    // An abbreviated title and a spelling variant.
    ['Cllr Tamsin Rahimi', 'Councillor Tamsin Rahimy'],
    // A surname spelled as it sounds.
    ['Margaret Lisle', 'Margaret Lyle'],
  ];
  for (const [a, b] of matches)
    it(`"${a}" is "${b}"`, () => assert.ok(sameEntityName(a, b), `${nameSimilarity(a, b)}`));

  const different: [string, string][] = [
    ['Saddam Haftar', 'Khalifa Haftar'],
    ['Mahmoud Abbas', 'Mohammed Abbas'],
    ['Jones', 'Johns'],
    ['Orla Vandersloot', 'Orla Brenneman'],
    // A short form of another name, or of the name with another surname.
    ['Andy Keelby', 'Anthony Keelby'],
    ['Andy Keelby', 'Andrew Brannock'],
    // Given names that are also keys of every object are names like any other.
    ['Constructor Keelby', 'Andrew Keelby'],
    ['Andrew Keelby', 'Constructor Keelby'],
    ['__proto__ Keelby', 'Andrew Keelby'],
    ['the general', 'Khalifa Haftar'],
  ];
  for (const [a, b] of different) it(`"${a}" is not "${b}"`, () => assert.ok(!sameEntityName(a, b)));

  it('matches organisations by acronym and without articles', () => {
    assert.ok(sameEntityName('LNA', 'Libyan National Army', 'other'));
    assert.ok(sameEntityName('the Coastal Herald', 'Coastal Herald', 'other'));
    assert.ok(sameEntityName('Al-Jazeera', 'Al Jazeera', 'other'));
    assert.ok(!sameEntityName('Coastal Herald', 'Coastal Tribune', 'other'));
  });

  it('scores within [0, 1] and is symmetric on person names', () => {
    const names = ['Khalifa Haftar', 'Gen. Haftar', 'Orla Vandersloot', 'Saddam Haftar', 'Hafter', ''];
    for (const a of names)
      for (const b of names) {
        const s = nameSimilarity(a, b);
        assert.ok(s >= 0 && s <= 1);
        assert.equal(s, nameSimilarity(b, a));
      }
    assert.ok(SAME_NAME_THRESHOLD > 0.5 && SAME_NAME_THRESHOLD < 1);
  });
});
