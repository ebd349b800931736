// What the procedure card says, in Skinmark's own words, with the source the facts were checked
// against. Kept out of the content script: the background serves a card when one opens.

export interface ProcedureCard {
  whatItIs: string;
  sessions: string;
  downtime: string;
  cautions: string[];
  source: { name: string; url: string };
}

const AAD = (path: string) => ({ name: 'American Academy of Dermatology', url: `https://www.aad.org/${path}` });
const CLEVELAND = (path: string) => ({
  name: 'Cleveland Clinic',
  url: `https://my.clevelandclinic.org/health/treatments/${path}`,
});
const MAYO = (path: string) => ({ name: 'Mayo Clinic', url: `https://www.mayoclinic.org/tests-procedures/${path}` });
const DERMNET = (path: string) => ({ name: 'DermNet', url: `https://dermnetnz.org/topics/${path}` });

export const PROCEDURE_CARDS: Readonly<Record<string, ProcedureCard>> = {
  microneedling: {
    whatItIs:
      'A pen or roller makes many tiny, shallow punctures in the skin; healing them prompts new collagen. Used for acne scars, fine lines and enlarged pores.',
    sessions: '3 to 6 sessions, about 4 weeks apart',
    downtime: '1 to 3 days of redness, like a mild sunburn',
    cautions: [
      'Not during an active acne breakout or skin infection: it can spread bacteria',
      'Avoid with a history of keloids, or while taking isotretinoin',
      'Home rollers are shallower and harder to keep sterile',
    ],
    source: AAD('cosmetic/younger-looking/microneedling'),
  },
  'rf-microneedling': {
    whatItIs:
      'Microneedling whose needles also deliver radiofrequency heat into the deeper skin, for tightening and deeper scars.',
    sessions: '3 sessions, 4 to 6 weeks apart',
    downtime: '2 to 5 days of redness and small grid marks',
    cautions: [
      'Not over active acne, infection or a recent tan',
      'Risk of burns and darkening in darker skin tones if settings are wrong',
      'Tell the provider about metal implants or a pacemaker',
    ],
    source: CLEVELAND('radiofrequency-microneedling'),
  },
  'chemical-peel': {
    whatItIs:
      'An acid solution removes the outer layers of skin so smoother skin grows back. Superficial peels use glycolic or salicylic acid; medium peels TCA; deep peels phenol.',
    sessions: 'Superficial: a series of 3 to 6; medium: 1 to 2; deep: once',
    downtime: 'Superficial: a few days of flaking; medium: 1 to 2 weeks; deep: several weeks',
    cautions: [
      'Stop retinoids a few days before; sun protection is essential afterwards',
      'Darker skin tones risk uneven colour with deeper peels',
      'Not with active cold sores, open wounds or recent isotretinoin',
    ],
    source: MAYO('chemical-peel/about/pac-20393473'),
  },
  'tca-cross': {
    whatItIs:
      'A drop of strong trichloroacetic acid is pressed into each deep, narrow ("ice pick") acne scar so it heals from the base up.',
    sessions: '2 to 4 sessions, 4 to 6 weeks apart',
    downtime: 'About a week of small scabs',
    cautions: [
      'Only by a trained clinician: high-strength acid',
      'Risk of darkening or lightening spots in darker skin',
      'Suits narrow scars, not broad rolling ones',
    ],
    source: DERMNET('acne-scarring'),
  },
  'laser-resurfacing': {
    whatItIs:
      'An ablative laser (CO2 or erbium) vaporises thin layers of skin; new skin and collagen replace them. Used for deep wrinkles and scars.',
    sessions: 'Usually 1; fractional versions 1 to 3',
    downtime: '1 to 3 weeks of raw, then pink skin',
    cautions: [
      'Not within 6 to 12 months of isotretinoin',
      'Risk of infection, scarring and colour change, higher in darker skin',
      'Strict sun avoidance during healing',
    ],
    source: MAYO('laser-resurfacing/about/pac-20385114'),
  },
  'fractional-laser': {
    whatItIs:
      'A non-ablative laser heats tiny columns of skin without removing the surface, for texture, fine lines, sun damage and mild scars.',
    sessions: '3 to 5 sessions, about a month apart',
    downtime: '1 to 3 days of redness and swelling',
    cautions: [
      'Avoid with a fresh tan or active infection',
      'Cold sore sufferers may need antiviral cover',
      'Darker skin needs conservative settings',
    ],
    source: AAD('cosmetic/younger-looking/laser-resurfacing'),
  },
  'pico-laser': {
    whatItIs:
      'A laser firing picosecond pulses that shatter pigment into tiny particles; used for dark spots, melasma, tattoos and texture.',
    sessions: '3 to 6 sessions, 2 to 4 weeks apart',
    downtime: 'Little: a few hours to a day of redness',
    cautions: [
      'Melasma can rebound if treated too aggressively',
      'Sun protection before and after',
      'Not over a recent tan',
    ],
    source: DERMNET('laser-treatment-of-pigmented-lesions'),
  },
  'q-switched-laser': {
    whatItIs:
      'A nanosecond-pulse laser (often Nd:YAG) that targets pigment; low-energy "laser toning" passes brighten uneven tone.',
    sessions: '4 to 10 low-energy sessions, 1 to 2 weeks apart',
    downtime: 'Little to none',
    cautions: [
      'Over-treatment can leave white spots or rebound darkening',
      'Not over a tan or active inflammation',
    ],
    source: DERMNET('laser-treatment-of-pigmented-lesions'),
  },
  'vascular-laser': {
    whatItIs:
      'A laser tuned to blood, such as the pulsed dye laser, that closes small visible vessels: rosacea redness, broken capillaries, red scars.',
    sessions: '1 to 3 sessions, 4 to 6 weeks apart',
    downtime: 'Redness for a few days; bruising with some settings',
    cautions: ['Avoid sun and tanning before treatment', 'Bruising lasts up to two weeks'],
    source: DERMNET('pulsed-dye-laser'),
  },
  ipl: {
    whatItIs:
      'Intense pulsed light: broad-spectrum flashes, not a laser, that fade sun spots and redness and even out tone (photofacial).',
    sessions: '3 to 5 sessions, about a month apart',
    downtime: 'Little: spots darken and flake off over a week',
    cautions: [
      'Not suited to darker skin tones or tanned skin: risk of burns and colour change',
      'Avoid light-sensitising medicines',
      'Melasma can get worse',
    ],
    source: CLEVELAND('22150-ipl-therapy'),
  },
  'led-therapy': {
    whatItIs:
      'Low-level red or blue LED light shone on the skin; blue targets acne bacteria, red is used for inflammation and healing.',
    sessions: 'Regular sessions, often weekly for 4 to 12 weeks',
    downtime: 'None',
    cautions: [
      'Evidence is modest; results are gradual',
      'Avoid with light-sensitising medicines or eye conditions; protect the eyes',
    ],
    source: CLEVELAND('22146-led-light-therapy'),
  },
  'photodynamic-therapy': {
    whatItIs:
      'A light-sensitising solution is applied, then activated with blue or red light; used for precancerous spots and stubborn acne.',
    sessions: '1 to 3 sessions',
    downtime: 'Several days of redness and peeling; must avoid light for 48 hours',
    cautions: [
      'Strict sun and bright-light avoidance straight after',
      'Not with porphyria or light-sensitive conditions',
    ],
    source: DERMNET('photodynamic-therapy'),
  },
  neuromodulators: {
    whatItIs:
      'Injections of botulinum toxin (Botox, Dysport, Xeomin and others) that relax the muscles behind frown lines, forehead lines and crow\'s feet.',
    sessions: 'One treatment lasts 3 to 4 months, then is repeated',
    downtime: 'None; stay upright and avoid rubbing for a few hours',
    cautions: [
      'Not during pregnancy or breastfeeding, or with certain nerve-muscle conditions',
      'Drooping eyelid or brow can follow poor placement',
      'Only from a licensed medical injector',
    ],
    source: MAYO('botox/about/pac-20384658'),
  },
  'dermal-fillers': {
    whatItIs:
      'A gel, usually hyaluronic acid, injected to restore volume to lips, cheeks, under-eyes and folds.',
    sessions: 'One treatment lasting 6 to 18 months',
    downtime: '1 to 3 days of swelling and possible bruising',
    cautions: [
      'Rare but serious: filler entering a blood vessel can cause skin loss or blindness',
      'Choose an experienced medical injector who can dissolve hyaluronic acid filler',
      'Not over active infection or cold sores',
    ],
    source: AAD('cosmetic/younger-looking/fillers'),
  },
  biostimulators: {
    whatItIs:
      'Injectables such as Sculptra (poly-L-lactic acid) or Radiesse that prompt the skin to build its own collagen for gradual volume.',
    sessions: '2 to 3 sessions, about 6 weeks apart',
    downtime: 'A few days of swelling and bruising',
    cautions: ['Nodules can form; massage instructions matter', 'Not reversible like hyaluronic acid fillers'],
    source: AAD('cosmetic/younger-looking/fillers'),
  },
  'skin-boosters': {
    whatItIs:
      'Small, spread-out injections of thin hyaluronic acid to hydrate the skin and improve its quality, rather than add volume.',
    sessions: '2 to 3 sessions, about a month apart, then maintenance',
    downtime: 'Small bumps for a day or two',
    cautions: ['Bruising at injection points', 'Not over active infection'],
    source: DERMNET('dermal-fillers'),
  },
  polynucleotides: {
    whatItIs:
      'Injections of purified DNA fragments (often from salmon) promoted to support skin repair, mostly around the eyes.',
    sessions: '2 to 4 sessions, 2 to 3 weeks apart',
    downtime: 'Small bumps and redness for a day or two',
    cautions: ['Evidence is still limited', 'Avoid with a fish allergy'],
    source: DERMNET('dermal-fillers'),
  },
  mesotherapy: {
    whatItIs:
      'Many tiny injections of vitamins, hyaluronic acid or other mixtures into the middle layer of skin.',
    sessions: 'Often 4 to 6 sessions',
    downtime: 'A day or two of redness and bumps',
    cautions: ['Mixtures vary widely and are poorly studied', 'Infection risk with unregulated products'],
    source: CLEVELAND('mesotherapy'),
  },
  kybella: {
    whatItIs: 'Injections of deoxycholic acid that dissolve the fat under the chin.',
    sessions: '2 to 4 sessions, a month apart',
    downtime: 'Swelling for 1 to 2 weeks',
    cautions: ['Rare nerve injury can make the smile uneven', 'Not where there is infection'],
    source: DERMNET('deoxycholic-acid'),
  },
  prp: {
    whatItIs:
      'Platelet-rich plasma from your own blood, injected or worked in after microneedling (the "vampire facial") to support healing.',
    sessions: '3 sessions, about a month apart',
    downtime: '1 to 3 days of redness',
    cautions: [
      'Not with blood disorders or while on blood thinners',
      'Only where the blood is handled with sterile technique',
    ],
    source: CLEVELAND('prp-injection'),
  },
  exosomes: {
    whatItIs: 'Cell-derived vesicles applied after microneedling or laser, marketed to speed healing.',
    sessions: 'Usually paired with each microneedling or laser session',
    downtime: 'That of the procedure it is paired with',
    cautions: ['Not approved for injection by the US FDA', 'Evidence is early'],
    source: AAD('news/exosomes'),
  },
  subcision: {
    whatItIs:
      'A needle is slid under a depressed acne scar to cut the bands tethering it down, so the scar lifts.',
    sessions: '1 to 3 sessions',
    downtime: 'A week or two of bruising and swelling',
    cautions: ['Bruising is common', 'Best for rolling scars; combined with other treatments'],
    source: DERMNET('acne-scarring'),
  },
  microdermabrasion: {
    whatItIs:
      'A device exfoliates the surface of the skin with crystals or a diamond tip and suction, for dullness and mild texture.',
    sessions: '6 to 12 sessions, 1 to 2 weeks apart',
    downtime: 'None to a few hours of pinkness',
    cautions: [
      'Not over active acne, rosacea flares or cold sores',
      'Does little for deep scars or wrinkles',
    ],
    source: MAYO('microdermabrasion/about/pac-20385197'),
  },
  dermabrasion: {
    whatItIs:
      'A surgeon sands down the outer skin with a rotating instrument under anaesthesia, for deep scars and wrinkles.',
    sessions: 'Usually once',
    downtime: '2 to 3 weeks',
    cautions: [
      'Risk of scarring and lasting colour change',
      'Not within a year of isotretinoin',
    ],
    source: MAYO('dermabrasion/about/pac-20393764'),
  },
  hydrafacial: {
    whatItIs:
      'A machine facial that cleanses, exfoliates, extracts with suction and infuses serums in one pass.',
    sessions: 'Monthly, as maintenance',
    downtime: 'None',
    cautions: ['Not over active rosacea flares, sunburn or open lesions', 'Results are short-lived'],
    source: CLEVELAND('hydrafacial'),
  },
  dermaplaning: {
    whatItIs:
      'A sterile blade scrapes away dead skin and fine facial hair for smoother skin.',
    sessions: 'Every 3 to 4 weeks',
    downtime: 'None',
    cautions: ['Not over active acne: it can spread bacteria', 'Avoid on sunburnt or irritated skin'],
    source: CLEVELAND('dermaplaning'),
  },
  hifu: {
    whatItIs:
      'Focused ultrasound heats the deep layers under the skin (Ultherapy, Sofwave) to lift and tighten over months.',
    sessions: 'One, repeated yearly',
    downtime: 'None; tenderness for a few days',
    cautions: ['Can be painful', 'Rare nerve irritation or small burns', 'Not over open wounds or severe acne'],
    source: CLEVELAND('ultherapy'),
  },
  'rf-skin-tightening': {
    whatItIs: 'Radiofrequency energy heats the deeper skin to tighten it and stimulate collagen (Thermage and similar).',
    sessions: 'One for Thermage; others a series of 4 to 6',
    downtime: 'None to a day of redness',
    cautions: ['Burns if the device is misused', 'Tell the provider about a pacemaker or metal implants'],
    source: DERMNET('radiofrequency-skin-tightening'),
  },
  'thread-lift': {
    whatItIs: 'Dissolvable threads with barbs are placed under the skin to lift sagging tissue.',
    sessions: 'One, lasting 1 to 2 years',
    downtime: '3 to 7 days of swelling and tenderness',
    cautions: ['Dimpling, visible threads or infection can occur', 'Avoid strenuous face movement early on'],
    source: CLEVELAND('thread-lift'),
  },
  microcurrent: {
    whatItIs: 'Low-level electric current applied to facial muscles, in clinic or with home devices, for a temporary lift.',
    sessions: 'A series of weekly sessions, then maintenance',
    downtime: 'None',
    cautions: ['Not with a pacemaker, epilepsy or during pregnancy', 'Effects are temporary'],
    source: CLEVELAND('microcurrent-facial'),
  },
  'carbon-laser-peel': {
    whatItIs:
      'A thin carbon lotion is painted on and heated off with a laser, to clear pores and give a quick glow.',
    sessions: '3 to 6 sessions, 2 to 3 weeks apart',
    downtime: 'None',
    cautions: ['Effects are mild and temporary', 'Not over a fresh tan'],
    source: DERMNET('laser-facial'),
  },
  'oxygen-facial': {
    whatItIs: 'A facial where pressurised oxygen sprays serums onto the skin for a short-lived plump look.',
    sessions: 'As wanted; often before events',
    downtime: 'None',
    cautions: ['Little evidence for lasting benefit'],
    source: CLEVELAND('oxygen-facial'),
  },
  extractions: {
    whatItIs: 'A professional clears blackheads and whiteheads by hand or with a small tool, usually during a facial.',
    sessions: 'As needed',
    downtime: 'Some redness for a few hours',
    cautions: ['Squeezing inflamed spots can scar: leave those to a professional', 'Never at home with force'],
    source: AAD('diseases/acne/diy/popping-pimples'),
  },
  facial: {
    whatItIs: 'A professional skin treatment: cleansing, exfoliation, extractions, a mask and massage, by an esthetician.',
    sessions: 'Every 4 to 6 weeks',
    downtime: 'None',
    cautions: ['Tell the esthetician about retinoids or recent peels', 'Avoid strong exfoliation on active rosacea'],
    source: CLEVELAND('facial'),
  },
  'laser-hair-removal': {
    whatItIs: 'Laser light absorbed by the pigment in hair follicles heats and disables them, for long-term hair reduction.',
    sessions: '6 to 8 sessions, 4 to 8 weeks apart',
    downtime: 'A day of redness and bumps',
    cautions: ['Works poorly on blond, grey or red hair', 'Darker skin needs a suitable laser (Nd:YAG) to avoid burns', 'No tanning or waxing before'],
    source: MAYO('laser-hair-removal/about/pac-20394555'),
  },
  'tattoo-removal': {
    whatItIs: 'Short laser pulses break tattoo ink into particles the body clears over the following weeks.',
    sessions: '5 to 12 sessions, 6 to 8 weeks apart',
    downtime: 'Blisters and scabs for 1 to 2 weeks',
    cautions: ['Some colours fade poorly', 'Risk of scarring and lightened skin', 'Keep the area out of the sun'],
    source: AAD('public/everyday-care/skin-care-secrets/tattoos/tattoo-removal'),
  },
  'galvanic-facial': {
    whatItIs: 'A facial that uses a mild galvanic current to help products penetrate and to loosen oil in pores.',
    sessions: 'Monthly, or a short series',
    downtime: 'None',
    cautions: ['Not with a pacemaker, metal implants, epilepsy or during pregnancy', 'Evidence is limited'],
    source: CLEVELAND('facial'),
  },
  'ultrasonic-facial': {
    whatItIs: 'A facial using a vibrating ultrasonic spatula to lift dead skin and oil from the surface.',
    sessions: 'Every 2 to 4 weeks',
    downtime: 'None',
    cautions: ['Not over active acne cysts or broken skin', 'Results are short-lived'],
    source: CLEVELAND('facial'),
  },
  sclerotherapy: {
    whatItIs: 'A solution injected into small veins (spider veins) makes them close and fade.',
    sessions: '1 to 4 sessions, 4 to 6 weeks apart',
    downtime: 'Compression stockings for a few days; bruising',
    cautions: ['Not during pregnancy or with a history of blood clots', 'Brown marks can linger for months'],
    source: AAD('cosmetic/spider-veins/sclerotherapy'),
  },
  'lesion-removal': {
    whatItIs: 'A clinician removes a mole or skin tag by shaving, cutting, burning or freezing it, usually with a numbing injection.',
    sessions: 'Once',
    downtime: 'A small wound that heals in 1 to 3 weeks',
    cautions: ['Have changing moles checked for skin cancer first', 'A small scar can remain'],
    source: AAD('public/diseases/a-z/moles-treatment'),
  },
  'dermal-infusion': {
    whatItIs: 'A stream of liquid and air (or a suction tip) exfoliates while pushing serums into the surface of the skin.',
    sessions: 'A series of 4 to 6, then monthly',
    downtime: 'None',
    cautions: ['Not over active inflammation or open lesions', 'Results are short-lived'],
    source: CLEVELAND('hydrafacial'),
  },
  phototherapy: {
    whatItIs: 'Controlled doses of ultraviolet B light, in a cabinet or by excimer laser, calm psoriasis, eczema and vitiligo.',
    sessions: '2 to 3 times a week for several months',
    downtime: 'None; mild sunburn-like redness possible',
    cautions: ['Long courses add to skin cancer risk', 'Protect the eyes; avoid light-sensitising medicines'],
    source: DERMNET('phototherapy'),
  },
  'plasma-pen': {
    whatItIs: 'A device that makes tiny surface burns with an electric arc (plasma) to tighten skin, mostly around the eyes.',
    sessions: '1 to 3 sessions',
    downtime: 'About a week of small crusted dots',
    cautions: ['Risk of lasting marks and colour change, especially in darker skin', 'Mostly unregulated devices and practitioners'],
    source: DERMNET('plasma-skin-regeneration'),
  },
  nanoneedling: {
    whatItIs: 'A gentler cousin of microneedling: a tip of microscopic cones roughens only the surface to help serums absorb.',
    sessions: 'A series of 4 to 6, every 2 weeks',
    downtime: 'None to a few hours of pinkness',
    cautions: ['Does not build collagen like microneedling', 'Not over active breakouts'],
    source: AAD('cosmetic/younger-looking/microneedling'),
  },
  'needle-free-mesotherapy': {
    whatItIs: 'Short electric pulses (electroporation) are used to help serums pass into the skin without needles.',
    sessions: 'A series of 4 to 8, weekly',
    downtime: 'None',
    cautions: ['Not with a pacemaker, metal implants or during pregnancy', 'Evidence is limited'],
    source: CLEVELAND('mesotherapy'),
  },
  cryotherapy: {
    whatItIs: 'Cold applied to the face (cryofacial) to reduce puffiness for a short while.',
    sessions: 'As wanted',
    downtime: 'None',
    cautions: ['Frostbite if misused', 'Not with cold sensitivity disorders'],
    source: DERMNET('cryotherapy'),
  },
};
