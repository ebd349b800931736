// How a lexicon entry names one thing: its spellings, and when a spelling means something else.

/** What an entry is: procedures and ingredients are highlighted; the rest only inform detection. */
export type EntryKind = 'procedure' | 'ingredient' | 'condition' | 'skin' | 'offtopic';

export interface LexiconEntry {
  id: string;
  name: string;
  kind: EntryKind;
  category: string;
  /** Names that on their own mean this thing: synonyms, devices, brands, translations. */
  terms: string[];
  /**
   * Abbreviations (IPL, PRP, AHA, TCA): matched only as written in capitals, and, being
   * ambiguous (IPL is also a cricket league), only counted on a page already about skin.
   */
  abbreviations?: string[];
  /**
   * Generic words (peel, laser, filler, facial, tox) that name the thing only on a page already
   * about skin care; they never make a page count as skincare on their own.
   */
  weakTerms?: string[];
  /** Names matched only with exactly this capitalisation: German "Haut" is not French "haut". */
  exactCaseTerms?: string[];
  /** Words that, right after a weak name, show it means something else ("facial recognition"). */
  notFollowedBy?: string[];
  /** Words that, right before a weak name, show it means something else ("banana peel"). */
  notPrecededBy?: string[];
}
