/** Role words that describe a person, with the abbreviations that stand before a name ("Col. Qadiri" is "the colonel"). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    colonel: ['col', 'col.'],
    general: ['gen', 'gen.'],
    lieutenant: ['lt', 'lt.'],
    major: ['maj', 'maj.'],
    captain: ['capt', 'capt.', 'cpt', 'cpt.'],
    sergeant: ['sgt', 'sgt.'],
    admiral: ['adm', 'adm.'],
    commander: ['cmdr', 'cmdr.'],
    doctor: ['dr', 'dr.'],
    professor: ['prof', 'prof.'],
    senator: ['sen', 'sen.'],
    representative: ['rep', 'rep.'],
    governor: ['gov', 'gov.'],
    president: ['pres', 'pres.'],
    reverend: ['rev', 'rev.'],
  }),
);

/** Pronouns and the entity types they can stand for (maps: a word like "constructor" is just a word). */
export const PRONOUN_TYPES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    he: ['PERSON'],
    him: ['PERSON'],
    she: ['PERSON'],
    her: ['PERSON'],
    it: ['ORG', 'MEDIA'],
    they: ['ORG', 'MEDIA', 'NORP'],
  }),
);
