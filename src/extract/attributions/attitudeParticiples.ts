/**
 * Past participles that, after "be", say how the subject feels or stands, not what was done to
 * it: "voters are divided on …", "she is thrilled with …", "the campaign is focused on …". The
 * subject holds the view, so it is the source (PolNeAR train: every such cue before of, on, with,
 * by, to, at, in or between has its subject as source), unlike a report done to the subject
 * ("was asked about", "was charged with", "is accused of"), whose subject goes in the content.
 */
const ATTITUDE_PARTICIPLES: ReadonlySet<string> = new Set([
  'alarmed',
  'aligned',
  'angered',
  'concerned',
  'consumed',
  'convinced',
  'dedicated',
  'delighted',
  'determined',
  'devoted',
  'disappointed',
  'divided',
  'embittered',
  'focused',
  'frustrated',
  'impressed',
  'inclined',
  'interested',
  'irritated',
  'obsessed',
  'opposed',
  'outraged',
  'persuaded',
  'pleased',
  'poised',
  'satisfied',
  'scared',
  'shocked',
  'split',
  'startled',
  'surprised',
  'terrified',
  'thrilled',
  'tired',
  'troubled',
  'undecided',
  'unified',
  'united',
  'worried',
]);

/** Participles that say how the subject stands only before one word ("assured of winning"; "was assured that …" is told). */
const ATTITUDE_BEFORE: ReadonlyMap<string, string> = new Map([['assured', 'of']]);

/** Whether participle `word`, followed by `next`, says how its subject feels or stands. */
export function attitudeParticiple(word: string, next: string): boolean {
  return ATTITUDE_PARTICIPLES.has(word) || ATTITUDE_BEFORE.get(word) === next;
}
