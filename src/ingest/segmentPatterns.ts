/**
 * Every pattern the segmenter uses, compiled once and named (Readability's REGEXPS style). Each is tested
 * against one paragraph (one line of the text) with surrounding whitespace removed.
 */

/** A person's name as bylines and bios write it: 2-4 capitalised words, particles allowed ("al-Qadiri", "van der"). */
const NAME = String.raw`(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|Our|His|Her|Its|Their)\b)(?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:al|el|de|del|der|van|von|bin|ben|da|di|le|la)[-\s]+)?){1,3}[\p{Lu}][\p{L}'’-]+`;

export const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');

/** Footer patterns tried at many positions of a line (below, in REGEXPS.footerStart). */
const NEWSLETTER = /^.{0,60}\b(?:our|the|daily|weekly|free|morning|evening)\s+(?:[\w-]+\s+)?newsletters?\b/iu;
const ALL_RIGHTS_RESERVED = /\ball rights reserved\b/iu;
const COOKIE_NOTICE =
  /\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences|notice)|accept (?:all )?cookies)\b/iu;

/**
 * For the footer patterns that are tried at many positions of a line (slow under the u and i flags,
 * and nearly all lines are body text), a plain pattern that every line they match contains, tested
 * first. Each is letters that under u and i match only their own two cases (not k or s, which also
 * match U+212A and U+017F; the cookie one lists U+212A), so it rejects exactly no line they match.
 */
export const FOOTER_PREFILTERS = new Map<RegExp, RegExp>([
  [NEWSLETTER, /letter/i],
  [ALL_RIGHTS_RESERVED, /erved/i],
  [COOKIE_NOTICE, /coo[k\u212a]ie/i],
]);

export const REGEXPS = {
  /** "By Jane Doe and John Roe", "Written by Jane Doe", "Words: Jane Doe". */
  byline: /^(?:by|written by|words by|story by|reporting by|text by|words:)\s+(?<names>\S.*)$/iu,
  /** "Jane Doe | Reuters", "Jane Doe - The Ledger": a name, a separator, an outlet. */
  bylineWithOutlet: new RegExp(`^(?<name>${NAME})\\s+[|/–—-]\\s+(?<outlet>[\\p{Lu}\\d][^|]{1,80})$`, 'u'),
  /** Section labels that look like names in "World | Middle East" headers. */
  sectionLabel:
    /\b(?:news|world|politics|sports?|business|opinion|local|national|international|tech|technology|science|health|culture|arts|entertainment|lifestyle|travel|weather|middle east|africa|europe|asia|americas|latest|live|video|analysis|features?|home|region|economy|markets?)\b/iu,
  /** A date after the names on a byline line: "By Jane Doe on March 3, 2026", "By Jane Doe | 3 March 2026". */
  bylineDateTrailer:
    /\s*(?:\bon\s+|\bpublished\s+|\bupdated\s+|[|•·–—-]\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}).*$/iu,
  /** Separators between names inside a byline. */
  bylineSeparator: /\s*(?:,|;|\band\b|&|\|)\s*/u,
  /** Byline parts that are roles or desks, not people. */
  bylineRole:
    /\b(?:staff|writer|writers|reporter|reporters|correspondent|correspondents|editor|editors|contributor|desk|team|newsroom|bureau|wire|agency|press|reuters|afp)\b/iu,
  /** "Published March 12, 2026", "Updated: 2026-03-03 09:12 GMT", "Posted on 3 March 2026". */
  timestampLabel: /^(?:published|updated|posted|last updated|first published|modified)(?:\s+on)?\s*:?\s+\S/iu,
  /** A line that is only a date and maybe a time: "March 12, 2026", "Thursday 12 March 2026 14:05 GMT". */
  timestampOnly:
    /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{4}-\d{2}-\d{2}(?:[T\s][\d:.]+)?|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|Z))?$/iu,
  /**
   * Author bio lines: "X is a correspondent for …", "X covers … for …", "X is the executive director of
   * …", "X is the Star's transport correspondent".
   */
  bio: [
    new RegExp(
      `^(?<name>${NAME}),?\\s+(?:is|was|has been|serves as)\\s+(?:a|an|the|our)\\s+[^.]{0,200}?\\b(?:for|at|of|with|in|based)\\b`,
      'u',
    ),
    new RegExp(
      `^(?<name>${NAME})\\s+(?:covers|writes about|writes for|reports on|reports for|edits)\\b`,
      'u',
    ),
    new RegExp(
      `^(?<name>${NAME})\\s+(?:contributed|also contributed)\\s+(?:to\\s+)?(?:this\\s+)?report`,
      'u',
    ),
    new RegExp(`^(?<name>${NAME})\\s+is\\s+(?:the\\s+)?(?:author|co-author|editor)\\s+of\\b`, 'u'),
    // "X is environment reporter at the …", "X is the Star's transport correspondent.": a newsroom role.
    new RegExp(
      `^(?<name>${NAME}),?\\s+(?:is|was|has been)\\s+(?:(?:a|an|the|our)\\s+)?[^.]{0,80}?\\b(?:reporter|correspondent|editor|columnist|journalist)\\b`,
      'u',
    ),
    new RegExp(`^(?:[Ff]ollow|[Cc]ontact|[Ee]mail)\\s+(?<name>${NAME})\\s+(?:on|at|via)\\b`, 'u'),
    new RegExp(`^(?:[Rr]eporting|[Aa]dditional reporting|[Ww]riting)\\s+by\\s+(?<name>${NAME})`, 'u'),
  ],
  /** Boilerplate that starts a site footer: everything after it is footer too. */
  footerStart: [
    /^share(?::?$| (?:this|on|via|the (?:article|story)|article|story|page|post|with)\b)/iu,
    /^(?:tweet|email|print|facebook|twitter|whatsapp|linkedin|reddit)(?:\s+(?:this|it|article|story))?:?$/iu,
    /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?:?$/iu,
    /^(?:leave a (?:comment|reply)|add a comment|join the (?:conversation|discussion)|view comments|show comments|post a comment)\b/iu,
    /^please let us know if you(?:'|’)re having (?:issues|problems|trouble) with comment/iu,
    /^(?:sign up|subscribe)\b/iu,
    NEWSLETTER,
    /^(?:©|\(c\)\s*\d{4}|copyright\b)/iu,
    ALL_RIGHTS_RESERVED,
    COOKIE_NOTICE,
    /^follow us\b/iu,
    /^(?:terms of (?:use|service)|privacy policy|about us|contact us)\b/iu,
  ],
  /** Boilerplate that interrupts the body; only its own line goes. */
  inline: [
    /^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?)$/iu,
    /^(?:related(?: stories| articles| coverage| content| links)?|read more|read also|also read|more from|see also|recommended|most read|trending now|more on this story)\b\s*[:|»›>-]?/iu,
    /^(?:click here|tap here)\b/iu,
  ],
  /** Photo credits and captions scraped into the text: "Photo: Jane Doe/AP", "(Getty Images)". */
  caption:
    /^(?:\(?(?:photo|photograph|image|picture|video|credit|file photo|illustration)(?:\s+by)?\s*[:|]|.{0,200}\((?:[^()]*\b)?(?:getty images|ap photo|afp|reuters|shutterstock|epa|file photo|photo)\b[^()]*\)$|.{0,200}\/(?:ap|afp|reuters|getty images|epa)$)/iu,
  /** Navigation trails scraped above the headline: "Home | News | World", "News › Local › Coast". */
  breadcrumb: /^(?:[^|>›»]{1,40}\s[|>›»]\s){2,}[^|>›»]{1,40}$/u,
  /** In a comments section anything goes: it ends the article. */
  commentsHeading: /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?:?$|^(?:leave a|post a|add a) (?:comment|reply)\b/iu,
} as const;

/** Longest title, in characters and words, still taken for a title line. */
export const MAX_TITLE_CHARS = 200;
export const MAX_TITLE_WORDS = 30;
/** Lines after the title searched for a repeated title, byline and timestamp. */
export const HEADER_WINDOW_LINES = 6;
/** A header line longer than this (in words) cannot be a byline or timestamp. */
export const MAX_HEADER_LINE_WORDS = 25;
/** Header lines up to this many words that match nothing (section labels) do not end the header. */
export const MAX_HEADER_LABEL_WORDS = 6;
/** A line this short (in words) after a footer start is still footer (menu items, link lists). */
export const FOOTER_SHORT_WORDS = 12;
/** Longest caption line, in words. */
export const MAX_CAPTION_WORDS = 40;
/** Longest bio line in words, and how many bio/credit lines may stand at the end. */
export const MAX_BIO_WORDS = 60;
export const MAX_BIO_LINES = 3;
