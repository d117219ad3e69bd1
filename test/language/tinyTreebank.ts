/**
 * A tiny hand-written treebank in CoNLL-U (our own sentences), for training smoke tests.
 * Rows are "form lemma UPOS XPOS head deprel", one word per row.
 */
const SENTENCES = [
  [
    'The the DET DT 2 det',
    'minister minister NOUN NN 3 nsubj',
    'said say VERB VBD 0 root',
    'the the DET DT 5 det',
    'talks talk NOUN NNS 6 nsubj',
    'failed fail VERB VBD 3 ccomp',
    '. . PUNCT . 3 punct',
  ],
  [
    'Officials official NOUN NNS 2 nsubj',
    'denied deny VERB VBD 0 root',
    'the the DET DT 4 det',
    'report report NOUN NN 2 obj',
    '. . PUNCT . 2 punct',
  ],
  [
    'She she PRON PRP 2 nsubj',
    'walked walk VERB VBD 0 root',
    'to to ADP IN 5 case',
    'the the DET DT 5 det',
    'station station NOUN NN 2 obl',
    '. . PUNCT . 2 punct',
  ],
  [
    'The the DET DT 2 det',
    'police police NOUN NNS 3 nsubj',
    'talked talk VERB VBD 0 root',
    'to to ADP IN 5 case',
    'witnesses witness NOUN NNS 3 obl',
    '. . PUNCT . 3 punct',
  ],
  [
    'He he PRON PRP 2 nsubj',
    'said say VERB VBD 0 root',
    'he he PRON PRP 5 nsubj',
    'would would AUX MD 5 aux',
    'resign resign VERB VB 2 ccomp',
    '. . PUNCT . 2 punct',
  ],
  [
    'Reporters reporter NOUN NNS 2 nsubj',
    'asked ask VERB VBD 0 root',
    'questions question NOUN NNS 2 obj',
    '. . PUNCT . 2 punct',
  ],
];

export function tinyConllu(): string {
  return SENTENCES.map((rows, k) => {
    const text = rows.map((r) => r.split(' ')[0]).join(' ');
    const lines = rows.map((r, i) => {
      const [form, lemma, upos, xpos, head, deprel] = r.split(' ');
      return [i + 1, form, lemma, upos, xpos, '_', head, deprel, '_', '_'].join('\t');
    });
    return [`# sent_id = tiny-${k + 1}`, `# text = ${text}`, ...lines].join('\n');
  }).join('\n\n');
}
