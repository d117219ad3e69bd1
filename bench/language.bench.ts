// Throughput of the language layer (tokenize + sentences, tag + lemmas, parse, NER) over BBC News
// texts (research use: benchmark only), against wink-nlp (tokenize + POS, wink-eng-lite-web-model)
// and compromise (people, places, organizations) on the same texts in the same run. Prints ratios
// and peak RSS; writes bench/results/language.json.
import '../src/runtime/hugePages.js';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Doc } from '../src/language/doc.js';
import { makeDoc } from '../src/language/index.js';
import { sharedLexemes } from '../src/language/lexeme.js';
import { loadParser, loadTagger } from '../src/language/models.js';
import { recognizeEntities } from '../src/language/ner/index.js';
import { parseDoc } from '../src/language/parser/index.js';
import { annotate } from '../src/language/pipeline.js';
import { tagDoc } from '../src/language/tagger/index.js';
import { packageRoot } from '../src/paths.js';
import { readBbcTexts } from './bbcTexts.js';

const PER_TOPIC = 60;
const ROUNDS = 3;
const require = createRequire(import.meta.url);

const texts = readBbcTexts({ perTopic: PER_TOPIC });

const now = () => performance.now();
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Best of ROUNDS CPU milliseconds of the latest `best` call: steadier than wall time on a shared machine. */
let lastCpuMs = 0;

/** Best of ROUNDS wall-clock milliseconds for one pass of `run` over every text. */
function best(run: (text: string) => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  let fastestCpu = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const started = now();
    const startedCpu = cpuMs();
    for (const text of texts) run(text);
    fastest = Math.min(fastest, now() - started);
    fastestCpu = Math.min(fastestCpu, cpuMs() - startedCpu);
  }
  lastCpuMs = fastestCpu;
  return fastest;
}
const lastCpu = () => lastCpuMs;

const loadStart = now();
const tagger = loadTagger();
const parser = loadParser();
const modelLoadMs = now() - loadStart;
recognizeEntities(makeDoc('Warm up in London.'));

let tokens = 0;
for (const text of texts) tokens += makeDoc(text).length;

const rowsOf = (doc: Doc) => {
  const lexemes = sharedLexemes();
  const rows = new Int32Array(doc.length);
  for (let i = 0; i < doc.length; i++) rows[i] = lexemes.lookup(doc.word(i));
  return { lexemes, rows };
};
const cpu: Record<string, number> = {};
const stages = {
  tokenize: best((text) => makeDoc(text)),
  tokenizeCpu: lastCpu(),
  tag: best((text) => {
    const doc = makeDoc(text);
    const { lexemes, rows } = rowsOf(doc);
    tagDoc(doc, tagger, lexemes, rows);
  }),
  tagCpu: lastCpu(),
  parse: best((text) => {
    const doc = makeDoc(text);
    const { lexemes, rows } = rowsOf(doc);
    tagDoc(doc, tagger, lexemes, rows);
    parseDoc(doc, parser, lexemes, rows);
  }),
  parseCpu: lastCpu(),
  all: best((text) => annotate(makeDoc(text))),
  allCpu: lastCpu(),
};
const whosaidRss = peakRssMb();

const winkNLP = require('wink-nlp');
const winkModel = require('wink-eng-lite-web-model');
const nlp = winkNLP(winkModel, ['sbd', 'pos']);
const its = nlp.its;
const wink = best((text) => nlp.readDoc(text).tokens().out(its.pos));
cpu.wink = lastCpu();

const compromise = require('compromise');
const compromiseMs = best((text) => {
  const d = compromise(text);
  d.people().out('array');
  d.places().out('array');
  d.organizations().out('array');
});
cpu.compromise = lastCpu();

const rate = (ms: number) => Math.round((tokens / ms) * 1000);
const rows = [
  { system: 'whosaid tokenize + sentences', ms: stages.tokenize, cpuMs: stages.tokenizeCpu },
  { system: 'whosaid + tagger + lemmas', ms: stages.tag, cpuMs: stages.tagCpu },
  { system: 'whosaid + parser', ms: stages.parse, cpuMs: stages.parseCpu },
  { system: 'whosaid full layer (+ NER)', ms: stages.all, cpuMs: stages.allCpu },
  { system: 'wink-nlp tokenize + POS', ms: wink, cpuMs: cpu.wink },
  { system: 'compromise people/places/orgs', ms: compromiseMs, cpuMs: cpu.compromise },
].map((r) => ({
  system: r.system,
  ms: Math.round(r.ms),
  tokensPerSecond: rate(r.ms),
  cpuMs: Math.round(r.cpuMs),
  tokensPerCpuSecond: rate(r.cpuMs),
}));

console.log(`${texts.length} BBC articles, ${tokens} whosaid tokens, best of ${ROUNDS} rounds, one core`);
console.log(
  'system'.padEnd(34) +
    'ms'.padStart(8) +
    'tokens/s'.padStart(12) +
    'cpu ms'.padStart(8) +
    'tokens/cpu s'.padStart(14),
);
for (const r of rows)
  console.log(
    r.system.padEnd(34) +
      String(r.ms).padStart(8) +
      String(r.tokensPerSecond).padStart(12) +
      String(r.cpuMs).padStart(8) +
      String(r.tokensPerCpuSecond).padStart(14),
  );
/** Each stage's own CPU cost: the difference between the cumulative rows above. */
const stageCosts = [
  { stage: 'tokenize + sentences', cpuMs: stages.tokenizeCpu },
  { stage: 'tagger + lemmas (with lexeme lookup)', cpuMs: stages.tagCpu - stages.tokenizeCpu },
  { stage: 'parser', cpuMs: stages.parseCpu - stages.tagCpu },
  { stage: 'NER', cpuMs: stages.allCpu - stages.parseCpu },
].map((s) => ({ stage: s.stage, microsPerToken: Math.round((s.cpuMs / tokens) * 1000 * 100) / 100 }));
console.log('stage'.padEnd(40) + 'CPU µs/token'.padStart(14));
for (const s of stageCosts) console.log(s.stage.padEnd(40) + String(s.microsPerToken).padStart(14));
// Ratios by CPU time: on a machine shared with other work, wall-clock time measures the others too.
const ratios = {
  fullLayerVsWink: Math.round((cpu.wink / stages.allCpu) * 100) / 100,
  fullLayerVsCompromise: Math.round((cpu.compromise / stages.allCpu) * 100) / 100,
};
console.log(
  `by CPU time, whosaid's full layer runs at ${ratios.fullLayerVsWink}× wink-nlp's speed and ${ratios.fullLayerVsCompromise}× compromise's`,
);
console.log(
  `models loaded in ${Math.round(modelLoadMs)} ms; peak RSS ${whosaidRss} MB (whosaid only), ${peakRssMb()} MB (with peers)`,
);
writeFileSync(
  join(packageRoot, 'bench', 'results', 'language.json'),
  JSON.stringify(
    {
      articles: texts.length,
      tokens,
      rounds: ROUNDS,
      modelLoadMs: Math.round(modelLoadMs),
      rows,
      stageMicrosPerToken: stageCosts,
      ratios,
      peakRssMb: { whosaid: whosaidRss, withPeers: peakRssMb() },
    },
    null,
    2,
  ) + '\n',
);
