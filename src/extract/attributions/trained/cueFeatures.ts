/** Features of one token for cue tagging (BIO over the whole document). */
import { hashFeature as h } from '../../../learn/hash.js';
import { type DocView, isQuoteMark } from './view.js';

/** Bumped whenever a feature changes, so old weights refuse to load. */
export const CUE_FEATURES_VERSION = 1;

export function cueFeatures(v: DocView, i: number): number[] {
  const n = v.doc.length;
  const w = (k: number) => (k >= 0 && k < n ? v.lower[k] : k < 0 ? '<s>' : '</s>');
  const lex = v.lexicon[i];
  const inQuote = v.quotes.inside[i] >= 0 ? 'in' : 'out';
  const closesBefore =
    i > 0 && (v.quotes.closing.has(i - 1) || (w(i - 1) === ',' && v.quotes.closing.has(i - 2)));
  const opensAfter =
    v.quotes.opening.has(i + 1) || ((w(i + 1) === ':' || w(i + 1) === ',') && v.quotes.opening.has(i + 2));
  const sentStart = v.doc.sentStart[v.sentence[i]];
  const sentEnd = v.doc.sentEnd[v.sentence[i]];
  const f = [
    h(1, ''),
    h(2, w(i)),
    h(3, lex),
    h(4, v.shape[i]),
    h(5, w(i).slice(-3)),
    h(6, w(i - 1)),
    h(7, w(i + 1)),
    h(8, w(i - 2)),
    h(9, w(i + 2)),
    h(10, `${w(i - 1)}|${w(i)}`),
    h(11, `${w(i)}|${w(i + 1)}`),
    h(12, `${v.lexicon[i - 1] ?? ''}|${lex}|${v.lexicon[i + 1] ?? ''}`),
    h(13, `${inQuote}|${lex}`),
    h(14, `${closesBefore}|${opensAfter}`),
    h(15, `${closesBefore}|${opensAfter}|${lex}`),
    h(16, `${i === sentStart}|${sentEnd - i <= 2}`),
    h(17, `${v.shape[i - 1] ?? ''}|${v.shape[i]}|${v.shape[i + 1] ?? ''}`),
    h(18, isQuoteMark(v, i) ? 'q' : ''),
    h(19, `${inQuote}|${w(i)}`),
  ];
  if (v.tagged) {
    const u = (k: number) => (k >= 0 && k < n ? v.upos[k] : '-');
    f.push(
      h(30, v.xpos[i]),
      h(31, `${u(i - 1)}|${v.upos[i]}`),
      h(32, `${v.upos[i]}|${u(i + 1)}`),
      h(33, `${w(i)}|${v.xpos[i]}`),
      h(34, v.doc.lemma[i]),
      h(35, `${u(i - 1)}|${v.upos[i]}|${u(i + 1)}`),
      h(36, `${v.xpos[i]}|${w(i + 1)}`),
      h(37, `${v.doc.lemma[i]}|${w(i + 1)}`),
      h(38, `${v.doc.lemma[i]}|${u(i + 1)}`),
      h(39, `${u(i - 1)}|${v.xpos[i]}|${w(i + 1)}`),
      h(45, `${v.xpos[i]}|${w(i + 1)}|${w(i + 2)}`),
      h(46, `${u(i - 2)}|${u(i - 1)}|${v.xpos[i]}`),
    );
  }
  if (v.parsed) {
    const head = v.doc.head[i];
    f.push(
      h(40, `${v.doc.dep[i]}`),
      h(41, `${v.doc.dep[i]}|${v.upos[i]}`),
      h(42, head >= 0 ? v.doc.lemma[head] : '<root>'),
      h(43, `${childDeps(v, i)}`),
      h(44, `${v.doc.lemma[i]}|${childDeps(v, i)}`),
    );
  }
  return f;
}

/** The sorted set of relations of a token's children ("ccomp nsubj"), a strong cue signal. */
function childDeps(v: DocView, i: number): string {
  const rels = new Set<number>();
  const s = v.doc.sentStart[v.sentence[i]];
  const e = v.doc.sentEnd[v.sentence[i]];
  for (let k = s; k < e; k++) if (v.doc.head[k] === i) rels.add(v.doc.dep[k]);
  return [...rels].sort((a, b) => a - b).join(' ');
}
