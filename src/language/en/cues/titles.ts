/** Role words that describe a person, with the abbreviations that stand before a name ("Col. Qadiri" is "the colonel"). */
export const TITLE_ABBREVIATIONS: Record<string, string[]> = {
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
};

/** Pronouns and the entity types they can stand for. */
export const PRONOUN_TYPES: Record<string, readonly string[]> = {
  he: ['PERSON'],
  him: ['PERSON'],
  she: ['PERSON'],
  her: ['PERSON'],
  it: ['ORG', 'MEDIA'],
  they: ['ORG', 'MEDIA', 'PERSON'],
};
