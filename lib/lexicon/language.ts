// Which language a page is written in, guessed from its own words. A page's `lang` attribute is
// often a theme's default, so the text is read first and the attribute only breaks a tie.
import type { Lang } from './types';

/**
 * Common short words of each language. A word that two of these languages share ("de", "la",
 * "que", "a", "e", "non") is left out, so every hit says one language.
 */
const FUNCTION_WORDS: Record<Exclude<Lang, 'ja'>, string> = {
  en: 'the and of to is that it with you are this be was for have from they which their been what when',
  es: 'el los las y es por para del su pero está también muy cuando sobre entre hasta desde donde porque',
  pt: 'os em uma é não do da dos das você ao também muito mais quando sobre entre até onde porque isso',
  fr: 'le les des et est pour avec du dans sur pas vous qui ce au aux sont mais comme leur cette peut',
  de: 'der die das und ist nicht mit den dem ein eine zu von auf für sich auch werden wird oder wenn',
  it: 'il di che è per della dei sono anche gli nel alla delle questo come più molto quando sul',
};

let table: Map<string, Lang> | undefined;
function functionWords(): Map<string, Lang> {
  if (table) return table;
  const seen = new Map<string, Lang | null>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS) as [Lang, string][]) {
    for (const word of words.split(' ')) seen.set(word, seen.has(word) && seen.get(word) !== lang ? null : lang);
  }
  table = new Map([...seen].filter((entry): entry is [string, Lang] => entry[1] !== null));
  return table;
}

const KANA = /[\u3040-\u30ff]/g;
const LATIN_WORD = /[a-zà-öø-ÿ]+/g;
/** Enough function words to tell a language from a stray quote. */
const ENOUGH = 4;

/** The language of `text` (a sample of a page's prose), or `fallback` (its `lang` attribute) when unclear. */
export function guessLanguage(text: string, fallback?: string | null): Lang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const kana = sample.match(KANA)?.length ?? 0;
  if (kana >= 20 && kana * 10 >= sample.length) return 'ja';
  const words = functionWords();
  const counts = new Map<Lang, number>();
  for (const word of sample.toLowerCase().match(LATIN_WORD) ?? []) {
    const lang = words.get(word);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best && best[1] >= ENOUGH && best[1] >= (second?.[1] ?? 0) * 1.5) return best[0];
  const declared = fallback?.toLowerCase().slice(0, 2);
  if (declared && declared in FUNCTION_WORDS) return declared as Lang;
  if (declared === 'ja') return 'ja';
  return best?.[0] ?? 'en';
}
