/**
 * Words that show a place name stands for a sports team ("Leeds beat Chelsea", "Chelsea drew
 * with Leeds", "Ajax v Feyenoord"). Lower-cased. Only phrases a match report uses for one
 * side acting on the other: "won" or "lost" alone are too common outside sport.
 */

/** Said of the team just before them: "Leeds [beat] …". */
export const RESULT_VERBS = [
  'beat',
  'beats',
  'defeated',
  'defeats',
  'edged',
  'thrashed',
  'routed',
  'trounced',
  'hammered',
  'outplayed',
  'overpowered',
  'drew',
];

/** Said of the team just after them: "… [lost to] Leeds", "… [drew with] Leeds". */
export const RESULT_PHRASES_BEFORE_TEAM = [
  ['beat'],
  ['beats'],
  ['defeated'],
  ['edged'],
  ['thrashed'],
  ['routed'],
  ['trounced'],
  ['hammered'],
  ['lost', 'to'],
  ['loses', 'to'],
  ['drew', 'with'],
  ['draw', 'with'],
  ['held', 'by'],
];

/** Roles in a team no single person has, right after its name: "Leeds [striker] …". */
export const PLAYING_ROLES = [
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'keeper',
  'winger',
  'full-back',
  'fullback',
  'skipper',
  'squad',
];

/** Said of a team's people right after its name, a person's too: "Leeds [fans]", "Henman [coach]". */
export const SQUAD_ROLES = [...PLAYING_ROLES, 'boss', 'manager', 'coach', 'captain', 'fans', 'supporters'];

/** Between two teams: "Ajax v Feyenoord". */
export const VERSUS = ['v', 'v.', 'vs', 'vs.', 'versus'];

/**
 * Last words of sports clubs' names that no person or place ends in: "Dunmoor United",
 * "Kessleton Rovers", "Brackwater Harriers". ("City", "Town" and "County" end places too.)
 */
export const CLUB_HEADS = [
  'united',
  'rovers',
  'wanderers',
  'rangers',
  'harriers',
  'athletic',
  'albion',
  'hotspur',
];

/** Last words of the names of competitions, games and prizes: "Davis Cup", "Athens Olympics", "Brit Awards". */
export const EVENT_HEADS = [
  'cup',
  'trophy',
  'championship',
  'championships',
  'olympics',
  'games',
  'prix',
  'award',
  'awards',
  'festival',
  'marathon',
];
