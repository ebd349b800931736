// The first look at a page: word stems that any page about skin care uses somewhere in its
// headline or opening. Deliberately generous (a stem may match unrelated words): a false alarm
// only costs a full scan, a miss loses the page. Small, so every page can afford it; the full
// lexicon is fetched from the background only for pages that pass. A unit test checks that
// every name in the lexicon is caught by one of these stems.
import { WORD, foldWord } from './fold';

/**
 * Matched at the start of a word, already folded (lower case, no accents, no spaces): "derm"
 * finds dermatologist, Dermapen and dermaplaning; "finelines" finds "fine lines".
 */
export const FIRST_LOOK_STEMS: readonly string[] = (
  'skin derm complexion sebum collag kollag colag collagene elastin esthetic aesthetic medspa cosmet ' +
  'makeup concealer beautyroutine epiderm moistur hydrating cleanser sunscreen sunblock protectorsolar ' +
  'cremesolaire cremehydratante cremahidrat sonnenschutz sonnenbrand feuchtigkeit exfoli antiag ' +
  'eyecream nightcream faceserum facialserum gesicht visage hautpflege kosmetik estheticienne ' +
  'cuidadodelapiel soinsdelapeau hyperpigment postinflammatory hiperpigment altersflecken falten poren ' +
  'hautkrebs hautarzt lippenherpes acne akne pimple blemish cicatri narben rosac rosaz couperose ' +
  'cuperos melasma chloasma pigment darkspot sunspot agespot liverspot flecken taches eczem eczema ' +
  'ekzem eccema neurodermitis psoria schuppenflechte dermatit wrinkl finelines crows frownlines ' +
  'foreheadlines laughlines nasolabial arruga ridules ridesduvisage laxity sagging looseskin jowl ' +
  'crepey flacidez blackhead whitehead comedo puntosnegros mitesser pointsnoirs poros keratos ' +
  'chickenskin xerosis sundamage photoag photodam sunburn quemadura coupdesoleil stretchmark striae ' +
  'estria dehnungsstreifen vergeture vitiligo melanoma carcinoma brokencapillar spidervein telangiect ' +
  'darkcircle undereye puffyeye ojeras augenringe cernes urticaria follicul ingrown razorbump keloid ' +
  'coldsore feverblister herpes blister bruis hematoma verruca plantarwart prurit microneedl ' +
  'microneedle needling nanoneedl nanoinfusion microaguja micropunc microaiguill collageninduction ' +
  'percutaneous micropen eclipsemicropen radiofre radiofrequency morpheus vivace potenza secretrf ' +
  'geniusrf fractora sylfirm infini glycol salicyl lactic mandel trichloro jessner phenol vipeel ' +
  'acidpeel superficialpeel mediumdepth deeppeel peeling saurepeel chemicalreconstruction laser ' +
  'resurfac ablative nonablative fractionalco2 co2re erbium fraxel fractional clearbrilliant ' +
  'clearandbrilliant sciton pico qswitch ndyag pulsed vbeam ktp excelv broadband lumecca luzpulsada ' +
  'photofac photofacial fotofac photorejuv ledlight ledtherap ledmask ledfacial redlighttherap ' +
  'bluelighttherap photobiomod photodynamic levulan alapdt aminolevulin botox botul neurotox neuromod ' +
  'dysport xeomin jeuveau daxxify letybo bocouture azzalure antiwrinkle wrinklerelax lipflip toxina ' +
  'dermalfiller lipfiller cheekfiller teartrough undereyefiller filler juvederm voluma volbella ' +
  'restylane belotero teosyal hyalur hialur acidohialur injectable inyectable sculptra polyllactic ' +
  'radiesse hydroxylapatite ellanse biostimul profhilo skinvive polynucleot rejuran salmondna ' +
  'salmonsperm meso microinjection kybella belkyra deoxychol platelet vampire plasmarico plasmapen ' +
  'exosome subcision subcutaneous taskershot microderm mikroderm diamondglow dermabra dermoabra ' +
  'hydrafacial hydradermabra aquafacial dermaplan dermablad highintensityfocused microfocused ultherapy ' +
  'ulthera sofwave thermage exilis tempsure radiofrecuencia threadlift pdothread instalift novathread ' +
  'hilostensores fadenlift microcurrent nuface ziip hollywoodpeel chinadoll intraceuticals glo2 ' +
  'comedoneextraction blackheadextraction facialextraction manualextraction cryofacial cryotherapy ' +
  'frotox hairremoval hairreduction gentlemax sopranoice haarentfernung depilacion epilation ' +
  'tattooremoval lasertattoo galvanic desincrust iontophor ultrasonic ultrasoundfacial skinscrubber ' +
  'sclerotherap asclera moleremoval skintag shaveexcision electrocaut electrodesicc jetpeel ' +
  'dermalinfusion silkpeel narrowband excimer phototherap lighttherapy plasmafibroblast fibroblast ' +
  'electropor needlefree noneedle signaturefacial europeanfacial deepcleansing enzymefacial acnefacial ' +
  'soinduvisage tratamientofacial limpiezafacial oxygenfacial oxygeninfusion carbonpeel carbonlaser ' +
  'retin tretino adapal differin tazaro tazorac arazlo isotretino accutane roaccutane absorica claravis ' +
  'renova niacin nicotinam lascorb ascorbyl tetrahexyldecyl vitamincserum tocopher ferulic resveratrol ' +
  'glicol glykol lactico milchsaure salicil betahydroxy alphahydroxy fruchtsaure polyhydroxy ' +
  'gluconolact lactobion azela finacea skinoren benzoyl peroxidodebenzoilo benzoylperox sulfurmask ' +
  'sulphurmask sulfacet teatree melaleuca clindamy clindagel spironol ceramid squalan copperpeptide ' +
  'peptideserum signalpeptide palmitoyl matrixyl argireline bakuchiol zincoxide oxidodezinc zinkoxid ' +
  'titaniumdioxide avobenz oxybenz octinox octocryl homosal tinosorb mexoryl uvinul hydroquin hidroquin ' +
  'hydrochinon kojic kojico tranexam arbutin alphaarbutin licorice liquorice glabridin centella ' +
  'madecass asiaticos gotukola cicacream panthenol dexpanthenol provitamin allantoin colloidaloatmeal ' +
  'hydrocort snailmucin snailsecretion ureacream greenteaextract egcg paraben methylparaben ' +
  'propylparaben phenoxyeth'
).split(' ');

/** Matched as whole words only, being short or common as the start of other words. */
export const FIRST_LOOK_WORDS: readonly string[] = (
  'pore pores spf serum serums piel cutis haut peau peel peels facial facials zit zits scar scars ' +
  'scarring wart warts milia milium pickel dermis rash'
).split(' ');

let stems: Set<string> | undefined;
/** First three letters of every stem: most words' first three letters start no stem at all. */
let prefixes: Set<string> | undefined;
let words: Set<string> | undefined;
let longest = 0;

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Whether `text` has any word that might be about skin care. One pass over its words: each word,
 * run together with the next two (so "fine lines" and "fine-lines" read alike), is checked for a
 * stem at its start, which for almost every word ends at one lookup of its first three letters.
 */
export function mayBeAboutSkin(text: string): boolean {
  if (!stems || !prefixes || !words) {
    stems = new Set(FIRST_LOOK_STEMS);
    prefixes = new Set();
    for (const stem of FIRST_LOOK_STEMS) {
      prefixes.add(stem.slice(0, 3));
      if (stem.length > longest) longest = stem.length;
    }
    words = new Set(FIRST_LOOK_WORDS);
  }
  const lower = text.toLowerCase();
  const tokens = lower.match(WORD) ?? [];
  // Words with accents are folded once, up front; most texts have none.
  if (NON_ASCII.test(lower)) for (let i = 0; i < tokens.length; i++) tokens[i] = foldWord(tokens[i]!);
  const fold = (token: string | undefined) => token ?? '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (words.has(token)) return true;
    // Short words ("Q", "L", "V") start stems only together with the words after them.
    const run = token.length >= 3 && !prefixes.has(token.slice(0, 3)) ? '' : token + fold(tokens[i + 1]) + fold(tokens[i + 2]);
    if (!run || !prefixes.has(run.slice(0, 3))) continue;
    for (let length = 3; length <= Math.min(longest, run.length); length++) {
      if (stems.has(run.slice(0, length))) return true;
    }
  }
  return false;
}
