import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, SourceKind, Stance } from '../../../src/analysis/types.js';
import { withoutDeniedReports } from '../../../src/extract/attributions/deniedReports.js';
import { makeDoc } from '../../../src/language/index.js';
import { annotate } from '../../../src/language/pipeline.js';

type Spec = [source: string, cue: string, content: string, stance: Stance, kind?: SourceKind];

/** The [cue, content] pairs kept of the attributions given as [source, cue, content, stance, kind]. */
function kept(text: string, specs: Spec[]): string[][] {
  const doc = makeDoc(text);
  annotate(doc);
  const span = (words: string) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words };
  };
  const found = specs.map(
    ([source, cue, content, stance, kind = 'person']) =>
      ({
        source: { ...span(source), kind, entity: null },
        cue: { ...span(cue), lemma: '', stance },
        content: [span(content)],
      }) as unknown as Attribution,
  );
  return withoutDeniedReports(doc, found).map((a) => [a.cue.text, a.content.map((c) => c.text).join(' … ')]);
}

describe('what a denial says did not happen is no report', () => {
  const cases: [string, string, Spec[], string[][]][] = [
    [
      'a knowledge the denial denies',
      'The firm denied that Mrs Hale had known about the leak before May.',
      [
        ['The firm', 'denied', 'that Mrs Hale', 'deny'],
        ['Mrs Hale', 'had known about', 'the leak before May', 'assert'],
      ],
      [['denied', 'that Mrs Hale had known about the leak before May']],
    ],
    [
      'a report a participle hangs on exists, though denied',
      'The director denied a report claiming he had warned the board.',
      [
        ['The director', 'denied', 'a report', 'deny'],
        ['a report', 'claiming', 'he had warned the board', 'assert', 'document'],
      ],
      [
        ['denied', 'a report'],
        ['claiming', 'he had warned the board'],
      ],
    ],
    [
      'a statement after a report that denies nothing stays',
      'The firm said that Mrs Hale had known about the leak before May.',
      [
        ['The firm', 'said', 'that Mrs Hale', 'assert'],
        ['Mrs Hale', 'had known about', 'the leak before May', 'assert'],
      ],
      [
        ['said', 'that Mrs Hale'],
        ['had known about', 'the leak before May'],
      ],
    ],
  ];
  for (const [name, text, specs, expected] of cases)
    it(name, () => assert.deepEqual(kept(text, specs), expected));
});
