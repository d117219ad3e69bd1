/**
 * The unlabeled text the language models may learn from beyond EWT: PolNeAR train and the
 * ClaimBuster sentences that are in neither CheckThat! 2024 dev split (never EWT dev/test, BBC,
 * Reuters or CoNLL). The clusters read its words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** ClaimBuster texts, minus any that CheckThat! 2024 uses for dev or dev-test. */
export function claimBusterTexts(dataDir: string): string[] {
  const held = new Set<string>();
  for (const split of ['dev', 'dev-test'])
    for (const line of readFileSync(
      join(dataDir, 'claimbuster', `ct24_checkworthy_english_${split}.tsv`),
      'utf8',
    )
      .split('\n')
      .slice(1))
      held.add(line.split('\t')[1]?.trim() ?? '');
  const items = JSON.parse(readFileSync(join(dataDir, 'claimbuster', 'kfold_25ncs.json'), 'utf8')) as {
    text: string;
  }[];
  return items.map((item) => item.text).filter((text) => !held.has(text.trim()));
}
