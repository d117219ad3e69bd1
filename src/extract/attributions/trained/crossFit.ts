/**
 * Measures the calibration on PolNeAR train: for each fold of the cue prior, a single cue tagger
 * trained on the other folds tags it (with the prior it was shown in training, counted without
 * it, and with a cue network trained on the other folds when the models have one), and every cue
 * it finds and every rule attribution the extractor adds is judged against gold.
 */
import {
  type Calibration,
  charsOf,
  cueIsRight,
  fitLogistic,
  goldCueKeys,
  judgedRules,
  type Outcome,
  rulePrecision,
} from './calibrate.js';
import { FOLDS } from './cuePrior.js';
import { extractTrained, TRAINED_RULE } from './index.js';
import {
  type AttributionModels,
  type CueTrainingData,
  predict,
  type TrainingDoc,
  trainCueScoring,
} from './model.js';

export function calibrateOnTrain(
  docs: TrainingDoc[],
  data: CueTrainingData,
  models: AttributionModels,
  epochs: number,
  log = (_: string) => {},
): Calibration {
  const cues: Outcome[] = [];
  const rules: { rule: string; right: boolean }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const held = docs.map((_, k) => k).filter((k) => k % FOLDS === f);
    if (held.length === 0) continue;
    const { cue, cueNet } = trainCueScoring(
      data.sequences.filter((_, k) => k % FOLDS !== f),
      epochs,
      1,
      models.cueNet !== null,
    );
    const fold: AttributionModels = { ...models, cue, prior: data.priors[held[0]], cueNet };
    for (const k of held) {
      const { view, article } = docs[k];
      const gold = goldCueKeys(article.text, article.gold);
      for (const p of predict(fold, view))
        if (!p.rule)
          cues.push({ margin: p.margin, right: cueIsRight(article.text, charsOf(view, p.cue), gold) });
      const found = extractTrained(view.doc, [{ start: 0, end: article.text.length }], fold);
      for (const a of judgedRules(found, TRAINED_RULE))
        rules.push({ rule: a.rule, right: cueIsRight(article.text, a.cue, gold) });
    }
    log(`calibration fold ${f + 1}/${FOLDS}: ${cues.length} cues, ${rules.length} rule attributions judged`);
  }
  return { ...fitLogistic(cues), rules: rulePrecision(rules) };
}
