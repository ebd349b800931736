// What Skinmark decides on a page it meets for the first time, as a whole: the every-page script's
// first look, then, only if that passed, the detector. In the extension these run in two scripts
// (entrypoints/first-look.ts, then the scanner); the eval, the page report and the tests ask here.
import { mayBeAboutSkin } from '../lexicon/first-look';
import type { Matcher } from '../lexicon/matcher';
import { detectSkincareArticle, type Detection, type DetectorOptions } from './detector';
import { firstLook } from './first-look';

/** The reason given for a page the first look let go. */
export const LET_GO_AT_FIRST_LOOK = 'no skin words in the headline or opening';

export function detectOnFreshPage(doc: Document, matcher: Matcher, options: DetectorOptions = {}): Detection {
  if (!firstLook(doc, mayBeAboutSkin).candidate) {
    return { isArticle: false, isSkincare: false, reason: LET_GO_AT_FIRST_LOOK, root: null, mentions: [], procedures: [], ingredients: [], prose: [] };
  }
  return detectSkincareArticle(doc, matcher, options);
}
