// Skin conditions: evidence that a page is about skin; never highlighted.
import type { LexiconEntry } from './types';

type Spec = Omit<LexiconEntry, 'kind' | 'category'> & { category?: string };
const condition = ({ category = 'skin', ...spec }: Spec): LexiconEntry => ({ kind: 'condition', category, ...spec });

export const CONDITIONS: readonly LexiconEntry[] = [
  condition({ id: 'acne', name: 'Acne', terms: ['acne', 'acne vulgaris', 'pimple', 'zit', 'acné', 'Akne', 'spots and blemishes', 'blemish'], weakTerms: ['breakout'], exactCaseTerms: ['Pickel'] }),
  condition({ id: 'acne-scars', name: 'Acne scars', terms: ['acne scar', 'acne scarring', 'pitted scar', 'ice pick scar', 'boxcar scar', 'rolling scar', 'cicatrices de acné', 'Aknenarben', 'cicatrices d\'acné'] }),
  condition({ id: 'rosacea', name: 'Rosacea', terms: ['rosacea', 'rosácea', 'Rosazea', 'rosacée', 'Couperose', 'cuperosis'] }),
  condition({ id: 'melasma', name: 'Melasma', terms: ['melasma', 'chloasma', 'mélasma'] }),
  condition({ id: 'hyperpigmentation', name: 'Hyperpigmentation', terms: ['hyperpigmentation', 'dark spot', 'sun spot', 'age spot', 'liver spot', 'post-inflammatory hyperpigmentation', 'uneven skin tone', 'hiperpigmentación', 'manchas en la piel', 'Pigmentflecken', 'Altersflecken', 'taches brunes', 'taches pigmentaires'], abbreviations: ['PIH'] }),
  condition({ id: 'eczema', name: 'Eczema', terms: ['eczema', 'atopic dermatitis', 'eccema', 'Ekzem', 'Neurodermitis', 'eczéma', 'dermatite atopique'] }),
  condition({ id: 'psoriasis', name: 'Psoriasis', terms: ['psoriasis', 'plaque psoriasis', 'Schuppenflechte'] }),
  condition({ id: 'dermatitis', name: 'Dermatitis', terms: ['contact dermatitis', 'seborrheic dermatitis', 'perioral dermatitis', 'dermatitis'] }),
  condition({ id: 'wrinkles', name: 'Wrinkles', terms: ['wrinkle', 'fine lines', "crow's feet", 'frown lines', 'forehead lines', 'laugh lines', 'nasolabial folds', 'arrugas', 'rides du visage', 'ridules'], exactCaseTerms: ['Falten'] }),
  condition({ id: 'sagging', name: 'Skin laxity', terms: ['sagging skin', 'skin laxity', 'loose skin', 'jowls', 'crepey skin', 'flacidez'] }),
  condition({ id: 'pores', name: 'Enlarged pores', terms: ['enlarged pores', 'large pores', 'clogged pores', 'poros dilatados', 'vergrößerte Poren', 'vergrößerten Poren'] }),
  condition({ id: 'comedones', name: 'Blackheads and whiteheads', terms: ['blackhead', 'whitehead', 'comedone', 'comedones', 'puntos negros', 'Mitesser', 'points noirs'] }),
  condition({ id: 'milia', name: 'Milia', terms: ['milia', 'milium'] }),
  condition({ id: 'keratosis-pilaris', name: 'Keratosis pilaris', terms: ['keratosis pilaris', 'chicken skin'] }),
  condition({ id: 'dry-skin', name: 'Dry skin', terms: ['dry skin', 'dehydrated skin', 'xerosis', 'flaky skin', 'piel seca', 'trockene Haut', 'peau sèche'] }),
  condition({ id: 'oily-skin', name: 'Oily skin', terms: ['oily skin', 'combination skin', 'excess sebum', 'piel grasa', 'fettige Haut', 'peau grasse'] }),
  condition({ id: 'sensitive-skin', name: 'Sensitive skin', terms: ['sensitive skin', 'skin irritation', 'irritated skin', 'piel sensible', 'empfindliche Haut', 'peau sensible'] }),
  condition({ id: 'photoaging', name: 'Sun damage', terms: ['sun damage', 'photoaging', 'photodamage', 'sun-damaged skin', 'sunburn', 'Sonnenbrand', 'coup de soleil', 'quemadura solar'] }),
  condition({ id: 'stretch-marks', name: 'Stretch marks', terms: ['stretch marks', 'striae', 'estrías', 'Dehnungsstreifen', 'vergetures'] }),
  condition({ id: 'vitiligo', name: 'Vitiligo', terms: ['vitiligo'] }),
  condition({ id: 'actinic-keratosis', name: 'Actinic keratosis', terms: ['actinic keratosis', 'solar keratosis', 'actinic keratoses'] }),
  condition({ id: 'skin-cancer', name: 'Skin cancer', terms: ['skin cancer', 'melanoma', 'basal cell carcinoma', 'squamous cell carcinoma', 'Hautkrebs', 'cáncer de piel', 'cancer de la peau'] }),
  condition({ id: 'telangiectasia', name: 'Broken capillaries', terms: ['broken capillaries', 'spider veins', 'telangiectasia', 'facial redness'] }),
  condition({ id: 'dark-circles', name: 'Dark circles', terms: ['dark circles', 'under-eye bags', 'puffy eyes', 'ojeras', 'Augenringe', 'cernes'] }),
  condition({ id: 'hives', name: 'Hives', terms: ['urticaria'], weakTerms: ['hives'], notPrecededBy: ['bee', 'beehives'] }),
  condition({ id: 'folliculitis', name: 'Folliculitis', terms: ['folliculitis', 'ingrown hairs', 'razor bumps'] }),
  condition({ id: 'cold-sores', name: 'Cold sores', terms: ['cold sore', 'fever blister', 'herpes labialis', 'Lippenherpes', 'herpès labial', 'herpes labial'] }),
  condition({ id: 'blisters', name: 'Blisters', terms: ['blister', 'friction blister'] }),
  condition({ id: 'bruising', name: 'Bruising', terms: ['bruising', 'bruise', 'hematoma'] }),
  condition({ id: 'warts', name: 'Warts', terms: ['wart', 'verruca', 'plantar wart'] }),
  condition({ id: 'itchy-skin', name: 'Itchy skin', terms: ['itchy skin', 'pruritus', 'skin rash'], weakTerms: ['rash'] }),
  condition({ id: 'scars', name: 'Scars', terms: ['keloid', 'hypertrophic scar', 'scar tissue', 'Narben'] }),
];
