// Sentences written for the tests as "word/TAG word word/TAG", turned into UNER .iob2 rows.

/** One sentence's rows in the UNER .iob2 layout (index, word, tag); a word with no tag is O. */
export function iobRows(sentence: string): string {
  return sentence
    .trim()
    .split(' ')
    .map((cell, i) => {
      const [word, tag] = cell.split('/');
      return `${i + 1}\t${word}\t${tag ?? 'O'}`;
    })
    .join('\n');
}
