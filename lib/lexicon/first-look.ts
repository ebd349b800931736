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
export const FIRST_LOOK_STEMS: string =
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
  'propylparaben phenoxyeth';

/** Matched as whole words only, being short or common as the start of other words. */
export const FIRST_LOOK_WORDS: string =
  'pore pores spf serum serums piel cutis haut peau peel peels facial facials zit zits scar scars ' +
  'scarring wart warts milia milium pickel dermis rash';

/**
 * The first four letters of every stem of four or more, and the length of the longest: most words'
 * first four letters start no stem at all, so most words are let go before any string is built.
 * Written out rather than derived on each page, where the loop cost more than the look itself; a
 * unit test keeps them true to the stems.
 */
export const FIRST_LOOK_PREFIXES: string =
  'abla abso accu acid acne adap aest ages akne alap alla alph alte amin anti aqua araz arbu argi ' +
  'arru ascl asco asia auge avob azel azza baku beau belk belo benz beta bios blac blem blis blue ' +
  'boco boto botu broa brok brui carb carc cent cera cern chee chem chic chin chlo cica clar clea ' +
  'clin co2r cola cold coll come comp conc copp cosm coup crem crep crow cryo cuid cupe dark daxx ' +
  'deep dehn deox depi derm desi dexp diam diff dysp ecce ecli ecze egcg ekze elas elec ella enzy ' +
  'epid epil erbi esth estr euro exce exci exfo exil exos eyec face faci fade falt feru feuc feve ' +
  'fibr fill fina fine flac flec foll fore foto frac frax frot frow fruc galv geni gent gesi glab ' +
  'glic glo2 gluc glyc glyk gotu gree haar hair haut hema herp hial hidr high hilo hipe holl homo ' +
  'hyal hydr hype infi ingr inje inst intr inye iont isot jess jetp jeuv jowl juve kelo kera koji ' +
  'koll kosm kybe lact lasc lase laug laxi ledf ledl ledm ledt lety levu lico ligh limp lipf lipp ' +
  'liqu live loos lume luzp made make mand manu matr medi meds mela meso meth mexo micr mikr milc ' +
  'mite mois mole morp nano narb narr naso ndya need neur niac nico nigh nona none nova nufa octi ' +
  'octo ojer oxid oxyb oxyg palm pant para pdot peel pept perc pero phen phot pico pigm pimp plan ' +
  'plas plat poin poly pore poro post pote prof prop prot prov prur psor puff puls punt qswi quem ' +
  'radi razo redl reju reno rest resu resv reti ride ridu roac rosa sagg sali salm saur schu scit ' +
  'scle scul sebu secr shav sign silk skin snai sofw soin sonn sopr spid spir squa stre stri subc ' +
  'sulf sulp sunb sund suns supe sylf tach task tatt taza tazo tear teat tela temp teos tetr ther ' +
  'thre tino tita toco toxi tran trat tret tric ulth ultr unde urea urti uvin vamp vbea verg verr ' +
  'vipe visa vita viti viva volb volu whit wrin xeom xero ziip zinc zink';
export const LONGEST_STEM = 22;

let stems: Set<string> | undefined;
let prefixes: Set<string> | undefined;
let words: Set<string> | undefined;

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Whether `text` has any word that might be about skin care. One pass over its words: each word,
 * run together with the next two (so "fine lines" and "fine-lines" read alike), is checked for a
 * stem at its start, which for almost every word ends at one lookup of its first four letters.
 */
export function mayBeAboutSkin(text: string): boolean {
  if (!stems || !prefixes || !words) {
    stems = new Set(FIRST_LOOK_STEMS.split(' '));
    prefixes = new Set(FIRST_LOOK_PREFIXES.split(' '));
    words = new Set(FIRST_LOOK_WORDS.split(' '));
  }
  const lower = text.toLowerCase();
  const tokens = lower.match(WORD) ?? [];
  // Words with accents are folded once, up front; most texts have none.
  if (NON_ASCII.test(lower)) for (let i = 0; i < tokens.length; i++) tokens[i] = foldWord(tokens[i]!);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (words.has(token)) return true;
    // A long word that starts no stem is let go at once. A short one ("Q", "CO2", "eye") may
    // start a stem only together with the words after it, so the run of three is looked at.
    if (token.length >= 4 && !prefixes.has(token.slice(0, 4))) continue;
    const run = token + (tokens[i + 1] ?? '') + (tokens[i + 2] ?? '');
    if (stems.has(run.slice(0, 3))) return true;
    if (!prefixes.has(run.slice(0, 4))) continue;
    for (let length = 4; length <= Math.min(LONGEST_STEM, run.length); length++) {
      if (stems.has(run.slice(0, length))) return true;
    }
  }
  return false;
}
