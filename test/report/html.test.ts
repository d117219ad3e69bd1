import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import type { Analysis } from '../../src/analysis/types.js';
import { renderHtml } from '../../src/report/html.js';
import { CSS } from '../../src/report/htmlStyle.js';
import { type Mark, markUp } from '../../src/report/markup.js';
import { emptyAnalysis, fixtureAnalysis } from './fixture.js';

const parse = (html: string) => parseHTML(html).document;

/** The page parsed, plus its article text section. */
function page(analyses: Analysis[]) {
  const html = renderHtml(analyses);
  const document = parse(html);
  return { html, document, sections: [...document.querySelectorAll('section.text')] };
}

describe('html report: structure', () => {
  it('is one self-contained page: inline style, no scripts, nothing external', () => {
    const { document, html } = page([fixtureAnalysis()]);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.equal(document.querySelectorAll('style').length, 1);
    assert.equal(document.querySelectorAll('script, link, img, iframe, object, embed').length, 0);
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    assert.deepEqual(links, ['https://example.org/news/port-strike']);
    assert.match(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!,
      /default-src 'none'/,
    );
  });

  it('shows the article text exactly, with removed parts labelled', () => {
    const a = fixtureAnalysis();
    const { sections } = page([a]);
    assert.equal(sections[0].textContent, a.text);
    const removed = [...sections[0].querySelectorAll('.removed')].map((e) => [
      e.getAttribute('data-reason'),
      e.textContent,
    ]);
    assert.deepEqual(removed, [
      ['repeated-title', 'Harbour cranes idle in Port Sélène 🚢'],
      ['byline', 'By Mara Quint'],
      ['boilerplate', 'Share this story · Sign up for our newsletter'],
    ]);
  });

  it('marks every source, cue and content with its attribution and a tooltip', () => {
    const a = fixtureAnalysis();
    const { sections } = page([a]);
    for (const att of a.attributions) {
      const spans = [...sections[0].querySelectorAll(`[data-attribution="${att.id}"]`)].filter(
        (s) => s.getAttribute('data-role') !== 'date',
      );
      const byRole = (role: string) =>
        spans
          .filter((s) => s.getAttribute('data-role') === role)
          .map((s) => s.textContent)
          .join('');
      assert.equal(byRole('cue'), att.cue.text, att.id);
      assert.equal(byRole('source'), att.source?.text ?? '', att.id);
      assert.equal(byRole('content'), att.content.map((c) => c.text).join(''), att.id);
      for (const s of spans) assert.match(s.getAttribute('title')!, new RegExp(`^${att.id}: `));
    }
    const brandt = sections[0].querySelector('[data-attribution="A5"][data-role="source"]')!;
    assert.match(
      brandt.getAttribute('title')!,
      /= Ilse Brandt \(E1\).*via the paper \[Coastal Ledger\] \(A4\)/,
    );
    assert.equal(brandt.getAttribute('data-entity'), 'E1');
    assert.equal(brandt.getAttribute('data-via'), 'A4');
  });

  it('marks anonymous sources and unsourced check-worthy claims', () => {
    const { sections } = page([fixtureAnalysis()]);
    const anonymous = [...sections[0].querySelectorAll('.source.anonymous')].map((e) => e.textContent);
    assert.deepEqual(anonymous, ['An official who asked not to be named']);
    const claims = [...sections[0].querySelectorAll('.claim.unsourced.checkworthy')];
    assert.deepEqual(
      claims.map((c) => [c.getAttribute('data-claim'), c.textContent]),
      [['C1', 'and 40 ships now wait offshore.']],
    );
    assert.deepEqual(
      [...sections[0].querySelectorAll('.date')].map((d) => d.getAttribute('data-value')),
      ['2026-11-24', '(last May)', '2019'],
    );
  });

  it('has the scorecard, entities, claims, disputes and timeline panels', () => {
    const { document } = page([fixtureAnalysis()]);
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    assert.deepEqual(headings, [
      'Scorecard',
      'Attributions (7)',
      'Entities (3)',
      'Unsourced check-worthy claims (1)',
      'Disputes (1)',
      'Timeline (3)',
    ]);
    const score = Object.fromEntries(
      [...document.querySelectorAll('.scorecard tr')].map((tr) => [
        tr.querySelector('th')!.textContent,
        tr.querySelector('td')!.textContent,
      ]),
    );
    assert.equal(score['Anonymous sources'], '1 (14% of attributions)');
    assert.equal(score['Outlets relayed'], 'Coastal Ledger');
    assert.ok(document.querySelector('.legend'), 'legend');
  });

  it('renders an empty analysis and a batch', () => {
    const { document, sections } = page([emptyAnalysis(''), emptyAnalysis('Just text.'), fixtureAnalysis()]);
    assert.equal(sections.length, 3);
    assert.equal(sections[1].textContent, 'Just text.');
    assert.equal(document.querySelectorAll('nav.inputs li').length, 3);
    assert.match(document.querySelector('title')!.textContent!, /3 articles/);
    assert.equal(document.querySelectorAll('p.empty').length, 4);
  });
});

describe('html report: hostile input', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    '</style><style>body{display:none}</style>',
    '"><svg onload=alert(3)>',
    "' onmouseover='alert(4)",
    '<a href="javascript:alert(5)">click</a>',
    '</title></textarea><!--',
    '&amp;&lt;\u0000\u0007',
  ].join('\n');

  function hostileAnalysis(): Analysis {
    const a = emptyAnalysis(hostile);
    const chars = [...hostile];
    const span = (s: number, e: number) => ({ start: s, end: e, text: chars.slice(s, e).join('') });
    a.input = '"><script>alert(6)</script>';
    a.article.title = span(0, 25);
    a.article.byline = [{ name: '<b onclick=x>Eve</b>', start: null, end: null }];
    a.article.url = 'javascript:alert(7)';
    a.article.outlet = '</style><script>alert(8)</script>';
    a.article.removed = [{ start: 26, end: 50, reason: 'boilerplate' }];
    a.entities = [
      {
        id: 'E1',
        name: '<script>x</script>',
        type: 'PERSON',
        mentions: [span(0, 8)],
        variants: ['"onerror='],
      },
    ];
    a.attributions = [
      {
        id: 'A1',
        source: { ...span(9, 16), entity: 'E1', kind: 'anonymous' },
        cue: { ...span(57, 64), lemma: '<x>', stance: 'deny' },
        content: [span(65, 90)],
        form: 'direct',
        via: null,
        confidence: 0.5,
        rule: '<rule onerror=1>',
      },
    ];
    return a;
  }

  it('escapes everything: no script, no handler, no javascript: link, one style', () => {
    const a = hostileAnalysis();
    const { document, sections, html } = page([a]);
    assert.equal(document.querySelectorAll('script, svg, img, textarea').length, 0);
    assert.equal(document.querySelectorAll('style').length, 1);
    assert.equal(document.querySelector('style')!.textContent, CSS);
    for (const element of document.querySelectorAll('*'))
      for (const name of element.getAttributeNames())
        assert.ok(!name.startsWith('on'), `${element.tagName} ${name}`);
    assert.equal(document.querySelectorAll('a[href^="javascript"]').length, 0);
    assert.equal(sections[0].textContent, a.text.replace(/[\u0000\u0007]/g, '\ufffd'));
    assert.ok(!html.includes('\u0000'), 'NUL in output');
    assert.equal(document.querySelector('article')!.getAttribute('data-input'), a.input);
  });

  it('escapes random strings in every position', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const a = emptyAnalysis(s);
        a.input = s;
        a.article.outlet = s;
        a.article.url = s;
        const { document } = page([a]);
        assert.equal(document.querySelectorAll('script, style + style').length, 0);
        assert.equal(
          document.querySelector('article')!.getAttribute('data-input'),
          s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd'),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('markUp: overlapping spans nest correctly', () => {
  /** Random texts (astral characters included) with random marks over them. */
  const textAndMarks = fc
    .array(fc.constantFrom('a', 'b', ' ', '\n', '“', '”', '<', '&', '🚢', '𝒳', '\u00a0'), {
      minLength: 1,
      maxLength: 40,
    })
    .chain((chars) =>
      fc.tuple(
        fc.constant(chars.join('')),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: chars.length }),
            fc.integer({ min: 0, max: chars.length }),
            fc.integer({ min: 0, max: 3 }),
          ),
          { maxLength: 8 },
        ),
      ),
    );

  it('every mark covers exactly its text, the text is kept whole, and tags balance', () => {
    fc.assert(
      fc.property(textAndMarks, ([text, raw]) => {
        const marks: Mark[] = raw.map(([x, y, rank], i) => ({
          start: Math.min(x, y),
          end: Math.max(x, y),
          rank,
          attributes: { 'data-m': i },
        }));
        const html = markUp(text, marks);
        assert.equal(html.split('<span').length, html.split('</span>').length);
        const root = parse(
          `<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`,
        ).getElementById('root')!;
        assert.equal(root.textContent, text);
        const chars = [...text];
        marks.forEach((m, i) => {
          const covered = [...root.querySelectorAll(`[data-m="${i}"]`)].map((e) => e.textContent).join('');
          assert.equal(covered, chars.slice(m.start, m.end).join(''), `mark ${i}`);
          for (const e of root.querySelectorAll(`[data-m="${i}"]`))
            assert.equal(e.querySelector(`[data-m="${i}"]`), null);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('splits a crossing span around the one it crosses', () => {
    const html = markUp('abcdef', [
      { start: 0, end: 4, rank: 0, attributes: { class: 'x' } },
      { start: 2, end: 6, rank: 0, attributes: { class: 'y' } },
    ]);
    assert.equal(html, '<span class="x">ab<span class="y">cd</span></span><span class="y">ef</span>');
  });

  it('puts the longer span outside, then the lower rank', () => {
    const html = markUp('abc', [
      { start: 0, end: 3, rank: 2, attributes: { class: 'inner' } },
      { start: 0, end: 3, rank: 1, attributes: { class: 'outer' } },
      { start: 1, end: 2, rank: 0, attributes: { class: 'b' } },
    ]);
    assert.equal(html, '<span class="outer"><span class="inner">a<span class="b">b</span>c</span></span>');
  });
});
