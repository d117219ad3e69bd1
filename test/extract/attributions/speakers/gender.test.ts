import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type Gender,
  genderFromNameOnly,
  genderOfName,
  genderOfPerson,
} from '../../../../src/extract/attributions/speakers/gender.js';
import { entityIn } from '../fixtures.js';

describe('genderOfName', () => {
  const rows: [string, string, Gender][] = [
    ['a listed female given name', 'Harriet Quill', 'female'],
    ['a listed male given name', 'Daniel Ferris', 'male'],
    ['a title before the given name', 'Dr. Harriet Quill', 'female'],
    ['an unlisted given name before a surname that is a first name elsewhere', 'Carys Ellery', 'unknown'],
    ['an unlisted given name before "Mac"', 'Gráinne Mac Aodha', 'unknown'],
    ['a surname alone', 'Quill', 'unknown'],
  ];
  for (const [name, text, want] of rows) it(name, () => assert.equal(genderOfName(text), want));
});

describe('genderOfPerson', () => {
  // Invented lines; each row's person is the name given, mentioned where it first occurs.
  const rows: [string, string, string, Gender][] = [
    [
      'a role in an appositive',
      'Nuala Mac Daire, a ward sister at the clinic, spoke.',
      'Nuala Mac Daire',
      'female',
    ],
    [
      'a role set off before the name',
      'The spokeswoman, Bríd Mac Giolla, spoke.',
      'Bríd Mac Giolla',
      'female',
    ],
    ['a title in front of the name', 'Later Mrs Tarrant spoke.', 'Mrs Tarrant', 'female'],
    ['a role noun in front of the name', 'The council spokesman Eoin Ellery spoke.', 'Eoin Ellery', 'male'],
    ['a role over a name list that says otherwise', 'Mr Kerry Bolan spoke.', 'Kerry Bolan', 'male'],
    [
      'a role of someone else the name is linked to',
      'The son of Aoife Tarrant spoke.',
      'Aoife Tarrant',
      'unknown',
    ],
    [
      'a role after the appositive has moved on',
      'Aoife Tarrant, who met a man from the firm, spoke.',
      'Aoife Tarrant',
      'unknown',
    ],
    ['no role: the given name decides', 'Harriet Quill spoke.', 'Harriet Quill', 'female'],
    [
      'a role in the predicate after the name’s closing comma',
      'A second neighbour, Hester Quill, said her husband had seen the smoke.',
      'Hester Quill',
      'female',
    ],
    [
      'a predicate after the comma, a name the lists do not know',
      'The last caller, Tamsin Orrey, told us her son was safe.',
      'Tamsin Orrey',
      'unknown',
    ],
  ];
  for (const [name, text, person, want] of rows)
    it(name, () => assert.equal(genderOfPerson(entityIn(text, 'E1', person, 'PERSON'), text), want));
});

describe('genderFromNameOnly', () => {
  // Invented lines; whether the person's gender rests on the first-name lists alone.
  const rows: [string, string, string, boolean][] = [
    ['a listed given name and nothing else', 'Harriet Quill spoke.', 'Harriet Quill', true],
    ['a title says it', 'Later Mrs Harriet Quill spoke.', 'Harriet Quill', false],
    ['a role in an appositive says it', 'Daniel Ferris, a ward sister, spoke.', 'Daniel Ferris', false],
    ['a name the lists do not know', 'Tamsin Orrey spoke.', 'Tamsin Orrey', false],
  ];
  for (const [name, text, person, want] of rows)
    it(name, () => assert.equal(genderFromNameOnly(entityIn(text, 'E1', person, 'PERSON'), text), want));
});
