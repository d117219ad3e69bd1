import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Entity } from '../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../src/extract/attributions/resolveSpeaker.js';

// An invented passage; entities are given by hand, as the recognizer would give them.
const text = [
  'Col. Omar Saleh, who leads the river guard, said the dam was safe.',
  'Saleh said more troops would come. He added that roads were closed.',
  'Maria Lopez, a nurse, said water was short. She said the clinic was full.',
  'The colonel said the clinic would get tankers.',
  'The Valley Water Board said prices would rise. It said repairs would take weeks.',
  'Two unnamed engineers said the dam leaked.',
].join('\n');

const mention = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

function entities(): Entity[] {
  return [
    {
      id: 'E1',
      name: 'Omar Saleh',
      type: 'PERSON',
      mentions: [mention('Omar Saleh')],
      variants: ['Omar Saleh'],
    },
    {
      id: 'E2',
      name: 'Maria Lopez',
      type: 'PERSON',
      mentions: [mention('Maria Lopez')],
      variants: ['Maria Lopez'],
    },
    {
      id: 'E3',
      name: 'Valley Water Board',
      type: 'ORG',
      mentions: [mention('Valley Water Board')],
      variants: ['Valley Water Board'],
    },
  ];
}

function attr(source: string, cue: string, from: number): Attribution {
  const s = mention(source, from);
  const c = mention(cue, s.end);
  return {
    id: '',
    source: { ...s, entity: null, kind: /unnamed/.test(source) ? 'anonymous' : 'person' },
    cue: { ...c, lemma: 'say', stance: 'assert' },
    content: [{ start: c.end + 1, end: c.end + 5, text: text.slice(c.end + 1, c.end + 5) }],
    form: 'indirect',
    via: null,
    confidence: 1,
    rule: 'test',
  };
}

describe('resolveSpeakers', () => {
  const rows: [string, string, number, string | null][] = [
    ['a full name with its title', 'Col. Omar Saleh', 0, 'Omar Saleh'],
    ['a surname', 'Saleh', text.indexOf('Saleh said'), 'Omar Saleh'],
    ['a pronoun after the same speaker', 'He', text.indexOf('He added'), 'Omar Saleh'],
    ['a name before an appositive', 'Maria Lopez, a nurse', 0, 'Maria Lopez'],
    ['a pronoun whose gender skips the nearest person', 'She', text.indexOf('She said'), 'Maria Lopez'],
    ['a description by title', 'The colonel', 0, 'Omar Saleh'],
    ['an organisation', 'The Valley Water Board', 0, 'Valley Water Board'],
    ['"it" after an organisation', 'It', text.indexOf('It said'), 'Valley Water Board'],
    ['an anonymous source stays unresolved', 'Two unnamed engineers', 0, null],
  ];
  it('resolves each kind of source to its entity', () => {
    const ents = entities();
    const attrs = rows.map(([, source, from]) => attr(source, 'said', from));
    resolveSpeakers(text, attrs, ents);
    rows.forEach(([name, , , expected], k) => {
      const id = attrs[k].source?.entity ?? null;
      assert.equal(id ? ents.find((e) => e.id === id)?.name : null, expected, name);
    });
  });

  it('records resolved sources as mentions and creates entities for unknown names', () => {
    const ents = entities();
    const a = attr('Saleh', 'said', text.indexOf('Saleh said'));
    const fresh = { ...attr('Maria Lopez', 'said', 0) };
    fresh.source = { ...fresh.source!, text: 'Maria Lopez', kind: 'person' };
    resolveSpeakers(text, [a], ents);
    assert.ok(ents[0].mentions.some((m) => m.rule === 'speaker-resolver' && m.text === 'Saleh'));
    const none: Entity[] = [];
    resolveSpeakers(text, [fresh], none);
    assert.equal(none.length, 1);
    assert.equal(none[0].name, 'Maria Lopez');
  });
});
