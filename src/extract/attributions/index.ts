import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution, Range } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { modelsDir } from '../../paths.js';
import type { ExtractionContext } from '../context.js';
import { extractBaseline } from './baseline/index.js';
import {
  markPronounsLikeUnnamed,
  markRelativesLikeAntecedents,
  markUnnamedPeople,
  settleKindsByEntities,
} from './sourceKind.js';
import { resolveSpeakers } from './speakers/index.js';
import {
  attributionModels,
  CUE_MODEL_FILE,
  extractTrained,
  isTagged,
  modelsLoadProblem,
  ROLE_MODEL_FILE,
} from './trained/index.js';

const HAS_MODELS =
  existsSync(join(modelsDir, CUE_MODEL_FILE)) && existsSync(join(modelsDir, ROLE_MODEL_FILE));

export const TRAINED_EXTRACTOR = 'attribution-perceptron/1';
export const RULES_EXTRACTOR = 'baseline-rules';

/**
 * Name of the extractor meant to fill `attributions`: the trained perceptron taggers when their
 * weights are present, else the rule baseline. What actually ran on a document is `extractorFor`.
 */
export const EXTRACTOR_NAME = HAS_MODELS ? TRAINED_EXTRACTOR : RULES_EXTRACTOR;

/** The trained models when they apply to this Doc: weights present and loadable, and the Doc tagged. */
const modelsFor = (doc: Doc) => (HAS_MODELS && isTagged(doc) ? attributionModels() : null);

/**
 * Name of the extractor that fills this Doc's `attributions`, recorded in the document's
 * `generator`: the rules stand in when the weights are missing or unreadable, or the Doc untagged.
 */
export function extractorFor(doc: Doc): string {
  return modelsFor(doc) ? TRAINED_EXTRACTOR : RULES_EXTRACTOR;
}

/**
 * Finds who said what: source, cue and content of every attribution. Never throws: a failure
 * (a bug) leaves the article without attributions, or its sources without entities, and says so
 * in `ctx.warnings` rather than losing the rest of the analysis.
 */
export function extractAttributions(ctx: ExtractionContext): Attribution[] {
  const warn = (message: string) => {
    ctx.warnings = [...(ctx.warnings ?? []), message];
  };
  const found = extractWith(ctx.doc, ctx.article.body, warn);
  try {
    resolveSpeakers(ctx.doc.text, found, ctx.entities, ctx.article.body);
    settleKindsByEntities(found, ctx.entities);
    markUnnamedPeople(found);
    markRelativesLikeAntecedents(ctx.doc.text, found);
    markPronounsLikeUnnamed(found);
  } catch (err) {
    warn(`speaker resolution failed, sources keep no entity: ${(err as Error).message}`);
  }
  return found.length > 0 ? found : noAttributions();
}

/**
 * An empty array with the elements kind of a filled one: V8 gives `[]` (and an empty map() or
 * filter() result) a kind of its own, and every later stage, optimised on articles with
 * attributions, deoptimised on the first article without any.
 */
function noAttributions(): Attribution[] {
  const none = [{} as Attribution];
  none.length = 0;
  return none;
}

/** The extractor analyze() uses, on a Doc and its body ranges. */
export function extractWith(
  doc: Doc,
  body: Range[],
  warn: (message: string) => void = () => {},
): Attribution[] {
  try {
    // Without the language models' tags the trained taggers are off their training data: rules then.
    const models = modelsFor(doc);
    const problem = models ? null : modelsLoadProblem();
    if (problem) warn(`attribution weights not loaded, rule baseline used (rerun npm run train): ${problem}`);
    return models ? extractTrained(doc, body, models) : extractBaseline(doc, body);
  } catch (err) {
    warn(`attribution extraction failed, no attributions: ${(err as Error).message}`);
    return [];
  }
}
