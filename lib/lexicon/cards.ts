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
const NHS = (path: string) => ({ name: 'NHS', url: `https://www.nhs.uk/conditions/${path}/` });
const ASPS = (path: string) => ({ name: 'American Society of Plastic Surgeons', url: `https://www.plasticsurgery.org/${path}` });
/** The FDA's page on dermal fillers, which also covers permanent fillers and needle-free pens. */
const FDA_FILLERS = {
  name: 'US Food and Drug Administration',
  url: 'https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/dermal-fillers-soft-tissue-fillers',
};

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
  // Needling
  microinfusion: {
    whatItIs:
      'A stamp of very fine hollow needles (AquaGold and similar) delivers a mix of hyaluronic acid, vitamins and sometimes diluted toxin into the upper skin in one pass.',
    sessions: 'A single session, repeated every 1 to 3 months',
    downtime: 'A day of redness and small marks',
    cautions: [
      'What goes into the mix varies by clinic: ask what is injected',
      'Toxin and filler in the mix must come from a licensed medical injector',
      'Not over active acne or infection',
    ],
    source: AAD('public/cosmetic/younger-looking/microneedling'),
  },
  'punch-excision': {
    whatItIs:
      'A small round blade removes a deep, narrow acne scar; the hole is stitched, lifted back to level (punch elevation) or filled with a skin plug (punch grafting).',
    sessions: 'Usually once per scar, often before resurfacing',
    downtime: 'About a week until stitches come out',
    cautions: [
      'Leaves a small flat scar in place of the pitted one',
      'Suits deep "ice pick" and boxcar scars, not broad rolling ones',
      'Only by a dermatologist or surgeon',
    ],
    source: AAD('public/diseases/acne/derm-treat/scars'),
  },
  // Peels
  'phenol-peel': {
    whatItIs:
      'The deepest chemical peel: phenol, often with croton oil, removes skin into the middle layer for deep wrinkles and sun damage. Done under sedation.',
    sessions: 'Once; results last many years',
    downtime: 'Two weeks or more of raw, crusted skin; redness for months',
    cautions: [
      'Phenol can disturb the heart rhythm: the heart is monitored during the peel',
      'Often leaves the skin permanently lighter; not for darker skin tones',
      'Strict lifelong sun protection',
    ],
    source: MAYO('chemical-peel/about/pac-20393473'),
  },
  'depigmentation-peel': {
    whatItIs:
      'A clinic-applied lightening mask (Cosmelan, Dermamelan) left on for hours, followed by months of a home cream that slows pigment production; used for melasma and dark spots.',
    sessions: 'One clinic mask, then a home cream for several months',
    downtime: 'About a week of redness, dryness and peeling',
    cautions: [
      'Melasma often returns: daily sunscreen and upkeep are needed',
      'Irritation is common in the first weeks',
      'Not during pregnancy or breastfeeding',
    ],
    source: AAD('public/diseases/a-z/melasma-treatment'),
  },
  'biorevitalizing-peel': {
    whatItIs:
      'A peel of trichloroacetic acid buffered with hydrogen peroxide or other agents (PRX-T33, BioRePeel), massaged in to stimulate the skin with little or no visible peeling.',
    sessions: 'A series of 4 to 6, about a week apart',
    downtime: 'Little: some redness and light flaking',
    cautions: [
      'Still an acid peel: tell the clinic about retinoids and recent treatments',
      'Evidence comes mostly from the makers',
      'Sun protection afterwards',
    ],
    source: MAYO('chemical-peel/about/pac-20393473'),
  },
  'enzyme-peel': {
    whatItIs:
      'A mask of fruit enzymes (papaya, pineapple, pumpkin) that loosens dead skin cells: a gentler exfoliation than acid peels, in a facial or at home.',
    sessions: 'Every 2 to 4 weeks',
    downtime: 'None to a little pinkness',
    cautions: ['Can sting on sensitive or broken skin', 'Patch test if you react to fruit or latex'],
    source: CLEVELAND('facial'),
  },
  // Lasers and light
  'laser-skin-treatment': {
    whatItIs:
      'A general name for a laser session on the face ("laser facial"), usually a gentle non-ablative laser that heats the skin for tone, texture and tightening without removing the surface.',
    sessions: 'Often 3 to 6 sessions, a few weeks apart',
    downtime: 'Usually a few hours to a day of redness',
    cautions: [
      'Ask which laser is used: names cover very different devices',
      'Darker skin needs a laser and settings suited to it',
      'Not over a fresh tan or active infection',
    ],
    source: AAD('public/cosmetic/younger-looking/laser-resurfacing'),
  },
  'nd-yag-rejuvenation': {
    whatItIs:
      'A 1064 nm Nd:YAG laser fired in very short, low-energy pulses (Laser Genesis, Aerolase) that warms the deeper skin, for redness, pores, fine lines and acne.',
    sessions: '4 to 6 sessions, 2 to 4 weeks apart',
    downtime: 'None to brief redness',
    cautions: ['Results are gradual and modest', 'Sun protection between sessions'],
    source: AAD('public/cosmetic/younger-looking/laser-resurfacing'),
  },
  'thermomechanical-fractional': {
    whatItIs:
      'Not a laser: a heated tip of tiny pins (Tixel) touches the skin briefly, making a grid of small heat channels to improve texture and help serums absorb.',
    sessions: '3 to 4 sessions, about a month apart',
    downtime: '2 to 5 days of redness and a fine grid of dots',
    cautions: [
      'Not over active acne, infection or a fresh tan',
      'Risk of darkening in darker skin if settings are too strong',
    ],
    source: AAD('public/cosmetic/younger-looking/laser-resurfacing'),
  },
  'plasma-skin-regeneration': {
    whatItIs:
      'A medical device sends pulses of heated nitrogen plasma onto the skin, which peels away as new skin forms beneath; used for wrinkles and sun damage.',
    sessions: '1 stronger session, or 3 lighter ones',
    downtime: 'About a week of peeling brown skin',
    cautions: [
      'Colour change and scarring are possible, more so in darker skin',
      'Different from salon "plasma pens", which burn dots into the skin',
    ],
    source: DERMNET('plasma-skin-regeneration'),
  },
  'acne-laser': {
    whatItIs:
      'A 1726 nm laser (AviClear, Accure) that heats and shrinks the oil glands, to reduce acne for a long time without medicines.',
    sessions: '3 sessions, about a month apart',
    downtime: 'Little: some redness and swelling, maybe a short flare',
    cautions: [
      'A new treatment: long-term results are still being gathered',
      'Can be uncomfortable; a cooling device is used',
      'Acne may flare before it improves',
    ],
    source: AAD('public/diseases/acne/derm-treat/lasers-lights'),
  },
  'photopneumatic-therapy': {
    whatItIs:
      'A device combines gentle suction, which lifts oil and debris from pores, with a flash of broadband light; used for acne and blackheads.',
    sessions: '4 to 6 sessions, 1 to 3 weeks apart',
    downtime: 'None to a few hours of redness',
    cautions: ['Evidence is modest', 'Not suited to tanned skin or light-sensitising medicines'],
    source: AAD('public/diseases/acne/derm-treat/lasers-lights'),
  },
  'superficial-radiation': {
    whatItIs:
      'Low-energy X-rays that reach only the skin, used to treat some basal and squamous cell skin cancers (and keloids) without surgery.',
    sessions: 'Many short sessions over several weeks',
    downtime: 'Redness and crusting that builds up during the course',
    cautions: [
      'Usually for people who cannot or prefer not to have surgery',
      'The treated skin may thin, lighten or scar years later',
      'Cure rates are lower than with Mohs surgery',
    ],
    source: DERMNET('basal-cell-carcinoma'),
  },
  // Injectables
  microbotox: {
    whatItIs:
      'Very diluted botulinum toxin injected into the skin rather than the muscle, in many tiny points, to reduce oil, pores and flushing and smooth fine lines.',
    sessions: 'Every 3 to 4 months',
    downtime: 'Small bumps for an hour or two',
    cautions: [
      'Evidence is early and techniques differ between injectors',
      'Too deep or too much can weaken facial expression',
      'Only from a licensed medical injector',
    ],
    source: MAYO('botox/about/pac-20384658'),
  },
  'lip-filler': {
    whatItIs:
      'Hyaluronic acid gel injected into the lips to add volume, define their border or smooth lines around the mouth.',
    sessions: 'One treatment lasting 6 to 12 months',
    downtime: '2 to 3 days of swelling and possible bruising',
    cautions: [
      'Can trigger a cold sore: say if you get them',
      'A filler in a blood vessel can damage the lip skin: choose a medical injector',
      'Hyaluronic acid filler can be dissolved if needed',
    ],
    source: ASPS('cosmetic-procedures/lip-augmentation'),
  },
  'tear-trough-filler': {
    whatItIs:
      'A small amount of soft hyaluronic acid filler placed in the hollow between the lower eyelid and cheek to soften a tired or shadowed look.',
    sessions: 'One treatment lasting about a year, sometimes longer',
    downtime: 'A few days of swelling; bruising is common',
    cautions: [
      'Poor placement can leave puffiness or a bluish tint (Tyndall effect)',
      'Does not help puffy eye bags; works best on hollows',
      'An area near vital blood vessels: choose an experienced medical injector',
    ],
    source: ASPS('cosmetic-procedures/dermal-fillers'),
  },
  'permanent-fillers': {
    whatItIs:
      'Fillers that the body does not break down, such as PMMA beads (Bellafill) or silicone, used to fill acne scars or lines for good.',
    sessions: 'One to a few sessions; the effect is permanent',
    downtime: 'A few days of swelling',
    cautions: [
      'Lumps and inflammation can appear years later and are hard to remove',
      'Cannot be dissolved like hyaluronic acid',
      'Silicone injected for volume is not approved and causes serious harm',
    ],
    source: FDA_FILLERS,
  },
  hyaluronidase: {
    whatItIs:
      'An enzyme injected to dissolve hyaluronic acid filler: to correct lumps or an unwanted result, or urgently when filler blocks a blood vessel.',
    sessions: 'One, sometimes repeated after a few days',
    downtime: 'A day or two of swelling',
    cautions: [
      'Allergy is possible: a test dose may be given',
      'Only works on hyaluronic acid fillers',
      'Can also break down some of your own hyaluronic acid for a while',
    ],
    source: DERMNET('dermal-fillers'),
  },
  'hyaluron-pen': {
    whatItIs:
      'A spring-loaded pen that forces hyaluronic acid filler into the lips or skin under pressure, without a needle; sold to salons and for home use.',
    sessions: 'Not recommended',
    downtime: 'Swelling and bruising; injuries can be lasting',
    cautions: [
      'The US FDA warns against these devices for fillers: they can cause blockage of blood vessels, scarring and blindness',
      'The filler used is often of unknown origin',
      'Choose needle or cannula injection by a licensed medical injector instead',
    ],
    source: FDA_FILLERS,
  },
  carboxytherapy: {
    whatItIs:
      'Small injections of carbon dioxide gas under the skin, promoted to improve blood flow for dark circles, stretch marks and skin quality.',
    sessions: 'A series of 6 to 12, weekly',
    downtime: 'Brief stinging, swelling and sometimes bruising',
    cautions: ['Evidence is limited', 'Choose a medical practitioner with sterile technique'],
    source: NHS('cosmetic-procedures'),
  },
  'steroid-injection': {
    whatItIs:
      'A corticosteroid (usually triamcinolone) injected straight into a keloid, thick scar or painful acne cyst to flatten it and calm inflammation.',
    sessions: 'Keloids: every 4 to 6 weeks until flat; a cyst: once',
    downtime: 'None; a cyst settles over a few days',
    cautions: [
      'Too strong a dose can leave a dent or a pale patch',
      'Keloids often need several injections and can return',
    ],
    source: AAD('public/diseases/a-z/keloids-treatment'),
  },
  // Energy devices
  'fractional-rf': {
    whatItIs:
      'Radiofrequency delivered through a grid of tiny pins resting on the skin (sublative, eMatrix), heating small dots to improve texture, scars and fine lines.',
    sessions: '3 sessions, about a month apart',
    downtime: '2 to 4 days of redness and fine dots',
    cautions: [
      'Not over active acne, infection or a fresh tan',
      'Tell the provider about a pacemaker or metal implants',
    ],
    source: DERMNET('radiofrequency-skin-tightening'),
  },
  'infrared-skin-tightening': {
    whatItIs:
      'Broad infrared light (Titan, SkinTyte) heats the deeper skin to tighten it gradually and stimulate collagen.',
    sessions: '2 to 3 sessions, about a month apart',
    downtime: 'None to a little redness',
    cautions: ['Results are modest and take months', 'Burns are possible if settings are wrong'],
    source: ASPS('cosmetic-procedures/nonsurgical-skin-tightening'),
  },
  'sweat-gland-reduction': {
    whatItIs:
      'Microwave energy (miraDry) heats and destroys sweat and odour glands in the armpits, for lasting relief of heavy sweating.',
    sessions: '1 to 2 sessions, 3 months apart',
    downtime: 'A few days to weeks of swelling, tenderness and numbness',
    cautions: [
      'The glands do not grow back: the effect is permanent',
      'Temporary numbness or lumps under the arm',
    ],
    source: DERMNET('hyperhidrosis'),
  },
  'tap-water-iontophoresis': {
    whatItIs:
      'Hands or feet rest in shallow trays of tap water while a mild electric current passes through, which reduces sweating for a while.',
    sessions: 'Several times a week at first, then weekly; home devices exist',
    downtime: 'None',
    cautions: [
      'Not with a pacemaker, metal implants or during pregnancy',
      'Can cause tingling, dryness and mild skin irritation',
    ],
    source: NHS('excessive-sweating-hyperhidrosis'),
  },
  cryosurgery: {
    whatItIs:
      'Liquid nitrogen is sprayed or dabbed on a skin growth (wart, sun spot, seborrheic keratosis, some early skin cancers) to freeze and destroy it.',
    sessions: 'Once, or repeated every few weeks for warts',
    downtime: 'A blister or scab that heals in 1 to 2 weeks',
    cautions: [
      'Can leave a pale mark, especially on darker skin',
      'A growth must be diagnosed first; never used on a possible melanoma',
    ],
    source: DERMNET('cryotherapy'),
  },
  // Facials
  'back-facial': {
    whatItIs: 'A facial for the back: cleansing, exfoliation, extractions and a mask, often for back acne.',
    sessions: 'Every 4 to 6 weeks',
    downtime: 'None',
    cautions: ['Does not replace acne treatment for deep or scarring breakouts', 'Avoid on sunburnt skin'],
    source: CLEVELAND('facial'),
  },
  'high-frequency-facial': {
    whatItIs:
      'A glass electrode carrying a high-frequency current is passed over the skin during a facial; it gives a warm tingle and is used on oily and acne-prone skin.',
    sessions: 'Part of a facial, as often as the facial',
    downtime: 'None',
    cautions: ['Not with a pacemaker, epilepsy, metal implants or during pregnancy', 'Evidence is limited'],
    source: CLEVELAND('facial'),
  },
  // Removing growths, treating skin cancer, and checking the skin
  'seborrheic-keratosis-removal': {
    whatItIs:
      'Removal of harmless, waxy "stuck-on" growths by freezing, scraping (curettage) or burning them off.',
    sessions: 'Once per growth',
    downtime: 'A scab for 1 to 3 weeks',
    cautions: [
      'Have a doctor confirm the diagnosis first: some skin cancers look similar',
      'Can leave a light or dark mark',
    ],
    source: DERMNET('seborrhoeic-keratosis'),
  },
  'cyst-removal': {
    whatItIs:
      'A skin cyst (epidermoid or pilar) is cut out with its lining under local anaesthetic; an inflamed cyst may first be drained.',
    sessions: 'Once',
    downtime: 'Stitches for 1 to 2 weeks',
    cautions: [
      'Squeezing a cyst at home can inflame or infect it',
      'If the lining is left behind, the cyst can come back',
      'Leaves a small scar',
    ],
    source: NHS('skin-cysts'),
  },
  'lipoma-removal': {
    whatItIs: 'A soft, fatty lump under the skin is removed through a small cut under local anaesthetic.',
    sessions: 'Once',
    downtime: 'About 1 to 2 weeks of healing',
    cautions: ['A lump that grows fast, is hard or painful needs checking first', 'Leaves a scar'],
    source: NHS('lipoma'),
  },
  'wart-removal': {
    whatItIs:
      'Warts treated in clinic by freezing, blistering liquids (cantharidin), scraping or laser, when home treatments fail.',
    sessions: 'Often several sessions, 2 to 4 weeks apart',
    downtime: 'A blister or sore spot for a week or two',
    cautions: [
      'Many warts go away on their own, especially in children',
      'Treatment can be painful and warts may return',
    ],
    source: NHS('warts-and-verrucas'),
  },
  'milia-removal': {
    whatItIs:
      'A clinician opens each tiny white keratin cyst (milium) with a sterile needle or blade and lifts it out.',
    sessions: 'Once; more may appear later',
    downtime: 'Tiny marks for a few days',
    cautions: ['Do not pick at milia at home: it can scar', 'Heavy creams around the eyes can encourage new ones'],
    source: DERMNET('milia'),
  },
  'xanthelasma-removal': {
    whatItIs:
      'Removal of yellowish fatty patches on the eyelids by surgery, laser, freezing or a strong acid applied by a clinician.',
    sessions: '1 to 3 sessions',
    downtime: '1 to 2 weeks',
    cautions: [
      'Check blood cholesterol: xanthelasma can be a sign of it',
      'Often comes back; eyelid scarring is possible',
    ],
    source: DERMNET('xanthelasma'),
  },
  'scar-revision': {
    whatItIs:
      'Surgery that cuts out and reshapes a wide or badly placed scar so it heals finer and less noticeable; often followed by laser or steroid treatment.',
    sessions: 'Once; sometimes in stages',
    downtime: '1 to 2 weeks of stitches; the new scar matures over a year',
    cautions: [
      'A scar cannot be removed, only made less visible',
      'Keloids can come back worse after surgery',
    ],
    source: ASPS('reconstructive-procedures/scar-revision'),
  },
  'mohs-surgery': {
    whatItIs:
      'Skin cancer surgery in which thin layers are removed and checked under the microscope on the spot, one at a time, until no cancer is left; it spares healthy skin.',
    sessions: 'One day, often several hours of wait between layers',
    downtime: '1 to 3 weeks, depending on how the wound is closed',
    cautions: [
      'Mainly for basal and squamous cell cancers on the face and other delicate areas',
      'Tell the surgeon about blood thinners',
      'A scar remains; reconstruction may be needed',
    ],
    source: DERMNET('mohs-micrographic-surgery'),
  },
  curettage: {
    whatItIs:
      'A small, low-risk skin cancer or growth is scraped away with a curette and its base sealed with an electric needle, often repeated two or three times in one visit.',
    sessions: 'Once',
    downtime: 'A wound that heals in 2 to 6 weeks',
    cautions: ['Leaves a flat, pale round scar', 'Not for aggressive cancers or those in the middle of the face'],
    source: DERMNET('basal-cell-carcinoma'),
  },
  'skin-biopsy': {
    whatItIs:
      'A small sample of skin is taken under local anaesthetic, by shaving, a round punch or a cut, and sent to the lab to find out what a spot or rash is.',
    sessions: 'Once',
    downtime: 'A small wound; stitches for 1 to 2 weeks after a punch or excision',
    cautions: ['Leaves a small scar', 'Tell the doctor about blood thinners'],
    source: DERMNET('skin-biopsy'),
  },
  'mole-mapping': {
    whatItIs:
      'A skin check in which a dermatologist examines moles with a magnifying light (dermoscopy), often photographing them to spot changes at later visits.',
    sessions: 'Yearly, or as advised for people at higher risk',
    downtime: 'None',
    cautions: [
      'Check your own skin between visits and report a new or changing mole',
      'Photos help only if compared over time',
    ],
    source: DERMNET('dermoscopy'),
  },
  'vitiligo-grafting': {
    whatItIs:
      'Pigment cells are taken from normal skin and moved to stable white patches of vitiligo, by small grafts or a cell suspension, so colour can return.',
    sessions: 'Usually once per area, with light therapy afterwards',
    downtime: 'About 1 to 2 weeks for donor and treated areas',
    cautions: [
      'Only for vitiligo that has not spread for a year or more',
      'Colour may come back unevenly',
    ],
    source: AAD('public/diseases/a-z/vitiligo-treatment'),
  },
};
