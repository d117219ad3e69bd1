/**
 * Legal-form words that end a company's name ("Quillcorp, Inc.", "Marlow Ltd"). Lower-cased; they
 * count only when written capitalised. "AG" is left out: after a state it is an attorney general.
 */
export const COMPANY_SUFFIXES = [
  'inc.',
  'inc',
  'incorporated',
  'ltd.',
  'ltd',
  'limited',
  'llc',
  'l.l.c.',
  'llp',
  'corp.',
  'corp',
  'co.',
  'plc',
  'l.p.',
  'lp',
  'gmbh',
  's.a.',
  'n.v.',
];
