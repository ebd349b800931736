// The first look at a page: word stems that any page about skin care uses somewhere in its
// headline or opening. Deliberately generous (a stem may match unrelated words): a false alarm
// only costs a full scan, a miss loses the page. Small, so every page can afford it; the full
// lexicon is fetched from the background only for pages that pass. A unit test checks that
// every name in the lexicon is caught by one of these stems.
/** Matched at the start of a word: "derm" finds dermatologist, Dermapen and dermaplaning. */
export const FIRST_LOOK_STEMS = [
  // skin and the people and products that care for it
  'skin', 'derm', 'complexion', 'sebum', 'collag', 'kollag', 'colág', 'collagène', 'elastin', 'esthetic', 'aesthetic', 'medspa',
  'med spa', 'cosmet', 'makeup', 'make-up', 'concealer', 'beauty routine', 'épiderm', 'moistur', 'hydrating', 'cleanser',
  'sunscreen', 'sunblock', 'protector solar', 'crème solaire', 'crème hydratante', 'crema hidrat', 'sonnenschutz', 'sonnenbrand',
  'feuchtigkeit', 'exfoli', 'anti-ag', 'eye cream', 'night cream', 'face serum', 'facial serum', 'gesicht', 'visage', 'hautpflege',
  'kosmetik', 'esthéticienne', 'cuidado de la piel', 'soins de la peau', 'hyperpigment', 'post-inflammatory', 'hiperpigment',
  'altersflecken', 'falten', 'poren', 'hautkrebs', 'hautarzt', 'hautärzt', 'lippenherpes', 'epiderm',
  // conditions
  'acne', 'acné', 'akne', 'pimple', 'blemish', 'cicatri', 'narben', 'rosac', 'rosác', 'rosaz', 'couperose', 'cuperos', 'melasma',
  'mélasma', 'chloasma', 'pigment', 'dark spot', 'sun spot', 'age spot', 'liver spot', 'flecken', 'taches', 'eczem', 'eczéma', 'ekzem',
  'eccema', 'neurodermitis', 'psoria', 'schuppenflechte', 'dermatit', 'wrinkl', 'fine lines', "crow's", 'crow’s', 'frown lines',
  'forehead lines', 'laugh lines', 'nasolabial', 'arruga', 'ridules', 'rides du visage', 'laxity', 'sagging', 'loose skin', 'jowl',
  'crepey', 'flacidez', 'blackhead', 'whitehead', 'comedo', 'puntos negros', 'mitesser', 'points noirs', 'poros', 'keratos',
  'chicken skin', 'xerosis', 'sun damage', 'photoag', 'photodam', 'sunburn', 'quemadura', 'coup de soleil', 'stretch mark', 'striae',
  'estría', 'dehnungsstreifen', 'vergeture', 'vitiligo', 'melanoma', 'carcinoma', 'broken capillar', 'spider vein', 'telangiect',
  'dark circle', 'under-eye', 'puffy eye', 'ojeras', 'augenringe', 'cernes', 'urticaria', 'follicul', 'ingrown', 'razor bump',
  'keloid', 'cold sore', 'fever blister', 'herpes', 'herpès', 'blister', 'bruis', 'hematoma', 'verruca', 'plantar wart', 'prurit',
  // procedures, devices and brands
  'microneedl', 'micro needl', 'micro-needl', 'microneedle', 'needling', 'nanoneedl', 'nano needl', 'nano-infusion', 'nanoinfusion',
  'microaguja', 'micropunc', 'micro-aiguill', 'collagen induction', 'percutaneous', 'micropen', 'eclipse micropen', 'radiofre',
  'radio frequency', 'morpheus', 'vivace', 'potenza', 'secret rf', 'genius rf', 'fractora', 'sylfirm', 'infini', 'glycol', 'salicyl',
  'lactic', 'mandel', 'trichloro', 'jessner', 'phenol', 'vi peel', 'acid peel', 'superficial peel', 'medium-depth', 'deep peel',
  'peeling', 'säurepeel', 'chemical reconstruction', 'laser', 'láser', 'resurfac', 'ablative', 'non-ablative', 'fractional co2',
  'co2re', 'erbium', 'fraxel', 'fractional', 'clear + brilliant', 'clear and brilliant', 'sciton', 'pico', 'q-switch', 'q switch',
  'nd:yag', 'pulsed', 'vbeam', 'v-beam', 'ktp', 'excel v', 'broadband', 'lumecca', 'luz pulsada', 'photofac', 'photo facial',
  'fotofac', 'photorejuv', 'led light', 'led therap', 'led mask', 'led facial', 'red light therap', 'blue light therap',
  'photobiomod', 'photodynamic', 'levulan', 'ala-pdt', 'aminolevulin', 'botox', 'botul', 'neurotox', 'neuromod', 'dysport',
  'xeomin', 'jeuveau', 'daxxify', 'letybo', 'bocouture', 'azzalure', 'anti-wrinkle', 'wrinkle relax', 'lip flip', 'toxina',
  'dermal filler', 'lip filler', 'cheek filler', 'tear trough', 'under-eye filler', 'filler', 'juvéderm', 'juvederm', 'voluma',
  'volbella', 'restylane', 'belotero', 'teosyal', 'hyalur', 'hialur', 'ácido hialur', 'injectable', 'inyectable', 'sculptra',
  'poly-l-lactic', 'radiesse', 'hydroxylapatite', 'ellansé', 'ellanse', 'biostimul', 'profhilo', 'skinvive', 'polynucleot',
  'rejuran', 'salmon dna', 'salmon sperm', 'meso', 'méso', 'microinjection', 'kybella', 'belkyra', 'deoxychol', 'platelet',
  'vampire', 'plasma rico', 'plasma pen', 'exosome', 'subcision', 'subcutaneous', 'taskershot', 'microderm', 'mikroderm',
  'diamondglow', 'diamond glow', 'dermabra', 'dermoabra', 'hydrafacial', 'hydra facial', 'hydradermabra', 'aquafacial',
  'aqua facial', 'dermaplan', 'dermablad', 'high-intensity focused', 'high intensity focused', 'microfocused', 'ultherapy',
  'ulthera', 'sofwave', 'thermage', 'exilis', 'tempsure', 'radiofrecuencia', 'thread lift', 'pdo thread', 'instalift',
  'novathread', 'hilos tensores', 'fadenlift', 'microcurrent', 'nuface', 'ziip', 'hollywood peel', 'china doll', 'intraceuticals',
  'glo2', 'comedone extraction', 'blackhead extraction', 'facial extraction', 'manual extraction', 'cryofacial', 'cryo facial',
  'cryotherapy', 'frotox', 'hair removal', 'hair reduction', 'gentlemax', 'soprano ice', 'haarentfernung', 'depilación',
  'épilation', 'tattoo removal', 'laser tattoo', 'galvanic', 'desincrust', 'iontophor', 'ultrasonic', 'ultrasound facial',
  'skin scrubber', 'sclerotherap', 'asclera', 'mole removal', 'skin tag', 'shave excision', 'electrocaut', 'electrodesicc',
  'jetpeel', 'jet peel', 'dermal infusion', 'silkpeel', 'silk peel', 'narrowband', 'narrow band', 'narrow-band', 'excimer',
  'phototherap', 'light therapy', 'plasma fibroblast', 'fibroblast', 'electropor', 'needle-free', 'no-needle', 'signature facial',
  'european facial', 'deep cleansing', 'enzyme facial', 'acne facial', 'soin du visage', 'tratamiento facial', 'limpieza facial',
  'oxygen facial', 'oxygen infusion', 'carbon peel', 'carbon laser', 'spider vein',
  // ingredients
  'retin', 'rétin', 'tretino', 'trétino', 'adapal', 'differin', 'tazaro', 'tazorac', 'arazlo', 'isotretino', 'accutane',
  'roaccutane', 'absorica', 'claravis', 'renova', 'niacin', 'nicotinam', 'l-ascorb', 'ascorbyl', 'tetrahexyldecyl', 'vitamin c serum',
  'vitamin-c-serum', 'tocopher', 'ferulic', 'resveratrol', 'glicól', 'glykol', 'láctico', 'milchsäure', 'salicíl', 'beta hydroxy',
  'alpha hydroxy', 'alpha-hydroxy', 'fruchtsäure', 'polyhydroxy', 'gluconolact', 'lactobion', 'azela', 'finacea', 'skinoren',
  'benzoyl', 'peróxido de benzoilo', 'benzoylperox', 'sulfur mask', 'sulphur mask', 'sulfacet', 'tea tree', 'melaleuca', 'clindamy',
  'clindagel', 'spironol', 'ceramid', 'squalan', 'copper peptide', 'peptide serum', 'signal peptide', 'palmitoyl', 'matrixyl',
  'argireline', 'bakuchiol', 'zinc oxide', 'óxido de zinc', 'zinkoxid', 'titanium dioxide', 'avobenz', 'oxybenz', 'octinox',
  'octocryl', 'homosal', 'tinosorb', 'mexoryl', 'uvinul', 'hydroquin', 'hidroquin', 'hydrochinon', 'kojic', 'kójico', 'tranexam',
  'tranexám', 'arbutin', 'alpha-arbutin', 'licorice', 'liquorice', 'glabridin', 'centella', 'madecass', 'asiaticos', 'gotu kola',
  'cica cream', 'panthenol', 'dexpanthenol', 'provitamin', 'allantoin', 'colloidal oatmeal', 'hydrocort', 'snail mucin',
  'snail secretion', 'urea cream', 'green tea extract', 'egcg', 'paraben', 'methylparaben', 'propylparaben', 'phenoxyeth',
];

/** Matched as whole words only, being short or common as the start of other words. */
export const FIRST_LOOK_WORDS = [
  'pore', 'pores', 'spf', 'serum', 'serums', 'sérum', 'piel', 'cutis', 'haut', 'peau', 'peel', 'peels', 'facial', 'facials', 'zit',
  'zits', 'scar', 'scars', 'scarring', 'wart', 'warts', 'milia', 'milium', 'pickel', 'dermis', 'rash',
];

let pattern: RegExp | undefined;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` has any word that might be about skin care. */
export function mayBeAboutSkin(text: string): boolean {
  pattern ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${FIRST_LOOK_STEMS.map(escape).join('|')}|(?:${FIRST_LOOK_WORDS.map(escape).join('|')})(?![\\p{L}\\p{N}]))`,
    'iu',
  );
  return pattern.test(text);
}
