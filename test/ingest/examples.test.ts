import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resultsFromBuffer } from '../../src/ingest/readBuffer.js';
import { segmentArticle } from '../../src/ingest/segment.js';

// The expected files are hand annotations other components are measured against: they must agree with their
// texts (every quoted string really occurs in the body) and with what segmentation finds.
interface Expected {
  file: string;
  published: string;
  title: string;
  byline: string[];
  attributions: {
    source: string | null;
    cue: string;
    content: string;
    entity: string | null;
    kind: string;
    form: string;
    via: string | null;
    stance: string;
  }[];
  dates: { text: string; value: string }[];
  disputes: { about: string; reportedBy: string[]; deniedBy: string[]; cues: string[] }[];
}

const KINDS = new Set(['person', 'organization', 'media', 'document', 'anonymous', 'unknown', 'author']);
const FORMS = new Set(['direct', 'indirect', 'mixed']);
const names = readdirSync('examples').filter((f) => f.endsWith('.expected.json'));

describe('examples and their expected annotations', () => {
  it('every text example has an expected file', () => {
    const texts = readdirSync('examples').filter((f) => f.endsWith('.txt'));
    assert.ok(texts.length >= 3);
    for (const t of texts) assert.ok(names.includes(t.replace(/\.txt$/, '.expected.json')), t);
  });

  for (const name of names) {
    const expected = JSON.parse(readFileSync(`examples/${name}`, 'utf8')) as Expected;
    const [read] = resultsFromBuffer(readFileSync(`examples/${expected.file}`), expected.file, {
      filename: expected.file,
    });
    assert.ok('article' in read, `${expected.file} reads`);
    const { text } = read.article;
    const scraped = expected.file.endsWith('.txt');
    const info = segmentArticle(read.article);
    const body = info.body.map((r) => text.slice(r.start, r.end)).join('\n\n');
    const inBody = (s: string, what: string) => assert.ok(body.includes(s), `${what} not in the body: ${s}`);

    it(`${expected.file}: reading and segmentation find the title, authors and footer`, () => {
      assert.equal(info.title?.text, expected.title);
      assert.deepEqual(
        info.byline.map((b) => b.name),
        expected.byline,
      );
      assert.equal(info.published ?? expected.published, expected.published);
      assert.ok(!body.includes('©') && !/share this|issues with commenting/i.test(body));
      if (!scraped) return;
      assert.ok(info.removed.some((r) => r.reason === 'repeated-title'));
      assert.ok(info.removed.some((r) => r.reason === 'author-bio'));
      assert.equal(info.removed.at(-1)?.end, text.trimEnd().length, 'footer removed to the end');
    });

    it(`${expected.file}: every annotated string occurs in the body`, () => {
      assert.match(expected.published, /^\d{4}-\d{2}-\d{2}$/);
      for (const a of expected.attributions) {
        if (a.source !== null) inBody(a.source, 'source');
        inBody(a.cue, 'cue');
        inBody(a.content, 'content');
        if (a.via !== null) {
          inBody(a.via, 'via');
          assert.ok(
            expected.attributions.some((b) => b.source === a.via),
            `via ${a.via} names no attribution's source`,
          );
        }
        assert.ok(KINDS.has(a.kind), a.kind);
        assert.ok(FORMS.has(a.form), a.form);
        if (a.kind === 'anonymous') assert.equal(a.entity, null);
      }
      for (const d of expected.dates) {
        inBody(d.text, 'date');
        assert.match(d.value, /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/);
      }
      for (const d of expected.disputes) {
        inBody(d.about, 'disputed claim');
        for (const c of d.cues) inBody(c, 'denial cue');
        assert.ok(d.deniedBy.length >= 1);
      }
    });
  }
});
