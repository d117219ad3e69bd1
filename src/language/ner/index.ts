/**
 * The entity recognizer: PERSON, ORG and LOC from a trained averaged-perceptron tagger
 * (models/ner.bin, when present), MEDIA, NORP, GPE and DATE from gazetteers and patterns
 * (rules.ts), merged by merge.ts. See models/README.md for how each type is found.
 */
import type { Doc } from '../doc.js';
import { LEX_SLOTS } from '../lexeme.js';
import { addAcronymIntroducedNames } from './acronymNames.js';
import { retypeBrandPlaces } from './brandPlaces.js';
import {
  retypeBodiesBeforeAppositives,
  retypeBusinessAppositives,
  retypeRoleAppositives,
} from './businessAppositives.js';
import { retypeBusinessNounNames, spreadBusinessNounNames } from './businessNounNames.js';
import { addClubNames, retypeClubNames, retypeClubShortNames } from './clubNames.js';
import { addCompanyNames, spreadCompanyNames } from './companyNames.js';
import { joinCompanySuffixes } from './companySuffix.js';
import { joinCoordinatedNames } from './coordinatedNames.js';
import { dropEventNames } from './eventNames.js';
import { extendFirstNames, extendOverNameTitles } from './firstNameStart.js';
import { addGeographicFeatures } from './geographicFeatures.js';
import { retypeHeadedBodies } from './headedBodies.js';
import { joinHyphenatedNames, joinKnownHyphenatedNames } from './hyphenNames.js';
import { joinInvertedNames, nameQuotedSenders } from './invertedNames.js';
import { addKindNamedOutlets } from './kindNamedOutlets.js';
import { type Lexicon, sharedLexicon } from './lexicon.js';
import { retypeListedOrganisations } from './listedOrganisations.js';
import { mergeSpans } from './merge.js';
import { loadNerModel } from './model.js';
import { addModifierNames } from './modifierNames.js';
import { joinBodyModifiers } from './namedBodyModifiers.js';
import { extendBackOverParticles, joinNameParticles } from './nameParticles.js';
import { joinNameSuffixes } from './nameSuffixes.js';
import { addOccupationNames } from './occupationNames.js';
import { joinOrganisationOfPlace, joinOrganisationTails } from './organisationOfPlace.js';
import { retypeOutletAppositives } from './outletAppositives.js';
import { takeOutletArticles } from './outletArticles.js';
import { nameOutletsByHead, nameStations } from './outletHeads.js';
import { joinPartyMembers } from './partyMembers.js';
import { addPlaceNamedBodies } from './placeNamedBodies.js';
import { joinPlaceOfPlace } from './placeOfPlace.js';
import { joinPlaceOrganisations } from './placeOrganisations.js';
import { retypePlacesReadAsPersons } from './placesReadAsPersons.js';
import { dropPlanetNames } from './planetNames.js';
import { cutBodyPossessives } from './possessiveBodies.js';
import { joinPossessiveShops } from './possessiveShops.js';
import { propagateNames } from './propagate.js';
import { cutRankInitials } from './rankTitles.js';
import { cutRolesInsideNames } from './roleInsideNames.js';
import { retypeRolePhraseNames } from './rolePhraseNames.js';
import { findRuleSpans } from './rules.js';
import { loadSpanTyper } from './spanTyper.js';
import { retypeTeams, spreadTeams } from './sportsTeams.js';
import { addStatesAfterPlaces } from './stateAbbreviations.js';
import { dropStormNames } from './stormNames.js';
import { type Candidate, makeTokenView, type TokenView } from './tokens.js';
import { splitAtOrdinaryWords, trimLowerTails } from './trimSpans.js';
import { extendAfterWrittenTitles } from './writtenTitles.js';

export type { Candidate } from './tokens.js';

/** Fills `doc.ents` with entity spans (PERSON, ORG, GPE, LOC, NORP, MEDIA, DATE). */
export function recognizeEntities(doc: Doc): void {
  const lexicon = sharedLexicon();
  lexicon.trim();
  const ids = typeIds(doc, lexicon);
  const words = new Array<string>(doc.length);
  const attached = new Uint8Array(doc.length);
  for (let i = 0; i < doc.length; i++) {
    words[i] = lexicon.forms[ids[i]];
    if (i > 0 && doc.tokStart[i] === doc.tokEnd[i - 1]) attached[i] = 1;
  }
  const view = makeTokenView(words, lexicon, attached, ids);
  doc.ents = recognizeDocument(view, doc.sentStart, doc.sentEnd);
}

/**
 * The lexicon's type id of each token, found through the token's lexeme row (lexeme.ts) when the
 * Doc has them: a row stands for one exact form, as a type id does, so each form is interned once
 * per process rather than hashed into the lexicon's map at every occurrence.
 */
function typeIds(doc: Doc, lexicon: Lexicon): Int32Array {
  const ids = new Int32Array(doc.length);
  const rows = doc.lexemeRows;
  if (doc.lexemeEpoch < 0 || rows.length !== doc.length) {
    for (let i = 0; i < doc.length; i++) ids[i] = lexicon.intern(doc.word(i));
    return ids;
  }
  if (byRow.epoch !== doc.lexemeEpoch || byRow.generation !== lexicon.generation) {
    byRow.ids.fill(0);
    byRow.epoch = doc.lexemeEpoch;
    byRow.generation = lexicon.generation;
  }
  for (let i = 0; i < doc.length; i++) {
    const row = rows[i] / LEX_SLOTS;
    if (row >= byRow.ids.length) {
      const grown = new Int32Array(Math.max(2 * byRow.ids.length, row + 1));
      grown.set(byRow.ids);
      byRow.ids = grown;
    }
    let id = byRow.ids[row] - 1;
    if (id < 0) {
      id = lexicon.intern(doc.word(i));
      byRow.ids[row] = id + 1;
    }
    ids[i] = id;
  }
  return ids;
}

/** Type id + 1 per lexeme row (0: not seen yet), for one lexeme epoch and lexicon generation. */
const byRow = { epoch: -1, generation: -1, ids: new Int32Array(4096) };

/** Entities of a whole document given its sentences' token ranges. */
export function recognizeDocument(
  view: TokenView,
  sentStart: ArrayLike<number>,
  sentEnd: ArrayLike<number>,
): Candidate[] {
  loadNerModel()?.beginDocument();
  const ents: Candidate[] = [];
  for (let s = 0; s < sentStart.length; s++) recognizeSentence(view, sentStart[s], sentEnd[s], ents);
  const names = retypePlacesReadAsPersons(
    view,
    joinKnownHyphenatedNames(
      view,
      dropEventNames(
        view,
        dropPlanetNames(
          view,
          propagateNames(view, addAcronymIntroducedNames(view, dropStormNames(view, ents))),
        ),
      ),
    ),
  );
  retypeClubShortNames(view, names);
  spreadBusinessNounNames(view, names);
  spreadTeams(view, names);
  return nameOutletsByHead(view, nameStations(view, spreadCompanyNames(view, names)));
}

/** Appends the entities of sentence [start, end) of `view` to `out`. */
export function recognizeSentence(view: TokenView, start: number, end: number, out: Candidate[]): void {
  const rules: Candidate[] = [];
  findRuleSpans(view, start, end, rules);
  const model: Candidate[] = [];
  loadNerModel()?.predictSpans(view, start, end, rules, model);
  const typer = loadSpanTyper();
  if (typer) {
    typer.retype(view, model, start, end);
    typer.addMissed(view, model.concat(rules), start, end, model);
  }
  const joined = joinNameParticles(
    view,
    joinCompanySuffixes(view, mergeSpans(view, model, rules), start, end),
    end,
  );
  const merged = joinOrganisationTails(
    view,
    splitAtOrdinaryWords(
      view,
      joinPlaceOfPlace(
        view,
        joinOrganisationOfPlace(view, joinPlaceOrganisations(view, joined, start, end), start),
      ),
    ),
    end,
  );
  trimLowerTails(view, merged);
  extendFirstNames(view, merged, start);
  extendBackOverParticles(view, merged, start);
  extendAfterWrittenTitles(view, merged, end);
  const names = nameQuotedSenders(
    view,
    joinInvertedNames(view, joinHyphenatedNames(view, merged, start, end), start, end),
    start,
    end,
  );
  retypeTeams(view, names, start, end);
  retypeClubNames(view, names);
  addClubNames(view, names, start, end);
  retypeListedOrganisations(view, names);
  retypeBusinessNounNames(view, names, start, end);
  retypeBusinessAppositives(view, names, start, end);
  retypeRoleAppositives(view, names, start, end);
  retypeOutletAppositives(view, names, start, end);
  addKindNamedOutlets(view, names, start, end);
  retypeRolePhraseNames(view, names, start, end);
  addModifierNames(view, names, start, end);
  addOccupationNames(view, names, start, end);
  const bodies = retypeBodiesBeforeAppositives(view, names, start, end);
  const named = addGeographicFeatures(
    view,
    addStatesAfterPlaces(
      view,
      addPlaceNamedBodies(view, addCompanyNames(view, bodies, start, end), start, end),
      end,
    ),
    start,
    end,
  );
  retypeBrandPlaces(view, named);
  retypeHeadedBodies(view, named);
  joinCoordinatedNames(view, named, start);
  joinBodyModifiers(view, named, start);
  takeOutletArticles(view, named, start);
  joinNameSuffixes(view, named, end);
  extendOverNameTitles(view, named, start);
  joinPossessiveShops(view, named, start, end);
  cutBodyPossessives(view, named);
  cutRolesInsideNames(view, named);
  cutRankInitials(view, named);
  for (const c of joinPartyMembers(view, named, start, end)) out.push(c);
}
