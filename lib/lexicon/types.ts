// How a lexicon entry names one thing: its spellings, and when a spelling means something else.

/**
 * What an entry is. Procedures and ingredients are highlighted; conditions and skin words are
 * evidence that a page is about skin; off-topic words are evidence that it is about something else
 * (hair, nails, massage, surgery, food…); page-kind words, read in a page's headline only, say it
 * is not an article (an about, team, contact, pricing, booking or policy page).
 */
export type EntryKind = 'procedure' | 'ingredient' | 'condition' | 'skin' | 'offtopic' | 'pagekind';

/**
 * The id of a treatment only the page names (lib/page/coordinated-names.ts): highlighted, but with
 * no card, and not one of the article's procedures.
 */
export const NAMED_TREATMENT = 'named-treatment';

/** Languages whose pages Skinmark reads. A page's language is guessed from its text. */
export type Lang = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it' | 'ja';

export interface LexiconEntry {
  id: string;
  name: string;
  kind: EntryKind;
  /** Procedures: a ProcedureCategory. Off-topic words: the topic (hair, nails, massage…). */
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
  /**
   * Weak words that name the thing only on pages in one language: "facial" is a treatment in
   * English and an adjective in Spanish, Portuguese and French.
   */
  weakTermsIn?: Partial<Record<Lang, string[]>>;
  /**
   * Device brands that are everyday words in other languages ("Forma" is "shape" in Spanish,
   * "Potenza" a town in Italy): on pages in these languages, matched as written and weak, like
   * abbreviations.
   */
  brandsIn?: Partial<Record<Lang, string[]>>;
  /** Names matched only with exactly this capitalisation: German "Haut" is not French "haut". */
  exactCaseTerms?: string[];
  /** Words that, right after a weak name, show it means something else ("facial recognition"). */
  notFollowedBy?: string[];
  /** Words that, right before a weak name, show it means something else ("banana peel"). */
  notPrecededBy?: string[];
  /**
   * Weak names that are nouns only when no content word follows: "a facial every month", "your
   * facial is", but not "facial redness" or "facial volume". A word that follows directly must be
   * one of these (punctuation or the end of the text always may).
   */
  onlyFollowedBy?: string[];
  /**
   * Procedures about another topic than skin ("laser hair removal" is about hair): highlighted
   * like any procedure on a skincare page, but evidence for that topic, not for skin.
   */
  topic?: string;
  /**
   * Off-topic words only: a body area or purpose ("scalp", "capilar", "hair loss", "vaginal")
   * that, right before or after a procedure's name, makes that mention about the area, not the
   * skin: "scalp microneedling", "mesoterapia capilar", "PRP for hair loss".
   */
  area?: boolean;
  /** An area word too common to say what a page is about ("body"): it never counts as another topic. */
  notEvidence?: boolean;
}
