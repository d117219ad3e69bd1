/** Tag inventories. Ids are indices; 0 is reserved for "none". */
export const UPOS = [
  '_',
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
export type Upos = (typeof UPOS)[number];
export const UPOS_ID: Record<string, number> = Object.fromEntries(UPOS.map((t, i) => [t, i]));
