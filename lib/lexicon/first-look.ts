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
  'skin derm complexion sebum collag kollag colag collagene elastin esthetic aesthetic medspa ' +
  'cosmet makeup concealer beautyroutine epiderm moistur hydrating cleanser sunscreen sunblock ' +
  'protectorsolar cremesolaire cremehydratante cremahidrat sonnenschutz sonnenbrand feuchtigkeit ' +
  'exfoli antiag eyecream nightcream faceserum facialserum gesicht visage hautpflege kosmetik ' +
  'estheticienne cuidadodelapiel soinsdelapeau hyperpigment postinflammatory hiperpigment ' +
  'altersflecken falten poren hautkrebs hautarzt lippenherpes acne akne pimple blemish cicatri ' +
  'narben rosac rosaz couperose cuperos melasma chloasma pigment darkspot sunspot agespot liverspot ' +
  'flecken taches eczem eczema ekzem eccema neurodermitis psoria schuppenflechte dermatit wrinkl ' +
  'finelines crows frownlines foreheadlines laughlines nasolabial arruga ridules ridesduvisage ' +
  'laxity sagging looseskin jowl crepey flacidez blackhead whitehead comedo puntosnegros mitesser ' +
  'pointsnoirs poros keratos chickenskin xerosis sundamage photoag photodam sunburn quemadura ' +
  'coupdesoleil stretchmark striae estria dehnungsstreifen vergeture vitiligo melanoma carcinoma ' +
  'brokencapillar spidervein telangiect darkcircle undereye puffyeye ojeras augenringe cernes ' +
  'urticaria follicul ingrown razorbump keloid coldsore feverblister herpes blister bruis hematoma ' +
  'verruca plantarwart prurit microneedl microneedle needling nanoneedl nanoinfusion microaguja ' +
  'micropunc microaiguill collageninduction percutaneous micropen eclipsemicropen radiofre ' +
  'radiofrequency morpheus vivace potenza secretrf geniusrf fractora sylfirm infini glycol salicyl ' +
  'lactic mandel trichloro jessner phenol vipeel acidpeel superficialpeel mediumdepth deeppeel ' +
  'peeling saurepeel chemicalreconstruction laser resurfac ablative nonablative fractionalco2 co2re ' +
  'erbium fraxel fractional clearbrilliant clearandbrilliant sciton pico qswitch ndyag pulsed vbeam ' +
  'ktp excelv broadband lumecca luzpulsada photofac photofacial fotofac photorejuv ledlight ' +
  'ledtherap ledmask ledfacial redlighttherap bluelighttherap photobiomod photodynamic levulan ' +
  'alapdt aminolevulin botox botul neurotox neuromod dysport xeomin jeuveau daxxify letybo ' +
  'bocouture azzalure antiwrinkle wrinklerelax lipflip toxina dermalfiller lipfiller cheekfiller ' +
  'teartrough undereyefiller filler juvederm voluma volbella restylane belotero teosyal hyalur ' +
  'hialur acidohialur injectable inyectable sculptra polyllactic radiesse hydroxylapatite ellanse ' +
  'biostimul profhilo skinvive polynucleot rejuran salmondna salmonsperm meso microinjection ' +
  'kybella belkyra deoxychol platelet vampire plasmarico plasmapen exosome subcision subcutaneous ' +
  'taskershot microderm mikroderm diamondglow dermabra dermoabra hydrafacial hydradermabra ' +
  'aquafacial dermaplan dermablad highintensityfocused microfocused ultherapy ulthera sofwave ' +
  'thermage exilis tempsure radiofrecuencia threadlift pdothread instalift novathread hilostensores ' +
  'fadenlift microcurrent nuface ziip hollywoodpeel chinadoll intraceuticals glo2 ' +
  'comedoneextraction blackheadextraction facialextraction manualextraction cryofacial cryotherapy ' +
  'frotox hairremoval hairreduction gentlemax sopranoice haarentfernung depilacion epilation ' +
  'tattooremoval lasertattoo galvanic desincrust iontophor ultrasonic ultrasoundfacial skinscrubber ' +
  'sclerotherap asclera moleremoval skintag shaveexcision electrocaut electrodesicc jetpeel ' +
  'dermalinfusion silkpeel narrowband excimer phototherap lighttherapy plasmafibroblast fibroblast ' +
  'electropor needlefree noneedle signaturefacial europeanfacial deepcleansing enzymefacial ' +
  'acnefacial soinduvisage tratamientofacial limpiezafacial oxygenfacial oxygeninfusion carbonpeel ' +
  'carbonlaser retin tretino adapal differin tazaro tazorac arazlo isotretino accutane roaccutane ' +
  'absorica claravis renova niacin nicotinam lascorb ascorbyl tetrahexyldecyl vitamincserum ' +
  'tocopher ferulic resveratrol glicol glykol lactico milchsaure salicil betahydroxy alphahydroxy ' +
  'fruchtsaure polyhydroxy gluconolact lactobion azela finacea skinoren benzoyl peroxidodebenzoilo ' +
  'benzoylperox sulfurmask sulphurmask sulfacet teatree melaleuca clindamy clindagel spironol ' +
  'ceramid squalan copperpeptide peptideserum signalpeptide palmitoyl matrixyl argireline bakuchiol ' +
  'zincoxide oxidodezinc zinkoxid titaniumdioxide avobenz oxybenz octinox octocryl homosal tinosorb ' +
  'mexoryl uvinul hydroquin hidroquin hydrochinon kojic kojico tranexam arbutin alphaarbutin ' +
  'licorice liquorice glabridin centella madecass asiaticos gotukola cicacream panthenol ' +
  'dexpanthenol provitamin allantoin colloidaloatmeal hydrocort snailmucin snailsecretion ureacream ' +
  'greenteaextract egcg paraben methylparaben propylparaben phenoxyeth abobotulin aceitedearbo ' +
  'acideferuliq acidekojique acidelactiqu acidocogico acidoialuron acidolatico acidolattico ' +
  'acquamicella activefx aerolase aerolaseneo aesthefill agnesrf aguamicelar alantoina alfahidroxia ' +
  'alfaidrossia aliaxin allapelle alluzience almapixel ameluz antiarruga antiedad antienveje ' +
  'antienvelh antieta antifalten antiidade antirides antirrugas antirughe aptosthreads aquagold ' +
  'aquagoldfine aquamid aquapeel aranasvascul artefill asceplus auflichtmi augencreme augmentation ' +
  'aumentodelab aumentolabbr aumentolabia ausreinigu aveiacoloida avenacolloid avenacoloida ' +
  'aviclear avoinecolloi babadecaraco backcial bajoues barbedthread barreiracuta barreracutan ' +
  'barrieracuta barrierecuta basaliom basalzellk bavadilumaca bavedescargo bblhero bellafill ' +
  'besenreise bioestimul biopolimer biopsiacutan biopsiadepel biopsiecutan bioremodelin ' +
  'bioremodelli biorepeel biorepeelcl3 biorevital biorivital biossidoditi bloqueadorso bluterguss ' +
  'bluu bodybutter bodylotion bodyscrub bodywash bolsasbajolo bolsassoboso borsesottogl brotox ' +
  'brufoli brufolo cancerdepele cancrodapele cancrodellap candelanordl candelaprofo candelavirtu ' +
  'capilaresrot capillaridil capillarirot carbossite carboxiter carboxythe carboxythera ' +
  'carcinomebas carnagione celluma ceratoseacti chaeum cheloide cheratosiatt cheratosipil ' +
  'cherryangiom chirurgiadim chirurgiedem cirugiademoh cirurgiademo cleansingbal cleansingoil ' +
  'clearlift clindamici cloasma coceira cogthreads comblementde comezon contornodeoj contornoocch ' +
  'contourdesye contourtrl coolpeel coretox cosmelan cosmelanmask coupsdesolei cravoseespin ' +
  'cremaallurea cremacorpo cremacorpora cremadenoche cremadeurea cremaidratan cremanotte cremasolar ' +
  'cremasolare cremaviso cremedejour cremedenuit cremedeureia cremehidrata cryopen cuidadocomap ' +
  'cuidadoscoma cuidadosdape cuidadosfaci curadellapel curadelviso curettageand cutane cutanea ' +
  'cutanee cutaneo cuteraavicle cuteraenligh cuteralimeli cuterapearl cuteratitan cynosurecyne ' +
  'dannisolari danosolar danossolares dapele darsonval daxibotuli daycream daylightpdt deepfx ' +
  'dellapelle demangeais demaquilan demaquilla depigmentati desmaquill detatouage detergentevi ' +
  'dexlevogouri dexpanteno dioxidodetit dioxydedetit discromie doublecleans doublo drionic drpen ' +
  'dullness eaumicellair ecchimosi ecchymose ecransolaire efelides eingewachsen eliminaciond ' +
  'ematrix emervel emface endymed endymedinten envejecimien envelhecimen enzympeeli esfoliacao ' +
  'esfoliante esfoliar esfoliare esfoliazio eskata espatulaultr espinhas espinillas espironola ' +
  'esqualano esteticist estetista estrattodili estrattodite exion exoderm exosomas exossomos exoxe ' +
  'extirpaciond extracaodecr extractodere extractodete extraitdethe extratodealc extratodecha ezprf ' +
  'facecream facemassage faceoil facescrub facetoner facewash fahlerteint faltchen ferulasaur ' +
  'filiditrazio filipdo filspdo filstenseurs filtrosolar filtrosolare fiosdepdo fiosdesusten ' +
  'fiospdo fiostensores fluorescentl foliculite foliculiti follicolit follikulit foreveryoung ' +
  'formarf fotoenveje fotoenvelh fotofinder fotoinvecc fotona4d fotorejuve fotorrejuv fototerapi ' +
  'fototerapial fractionated freckles gefaßlaser geldelimpeza gellimpiador gelnettoyant ' +
  'geplatzteade gommage gouripcl grenzrayther grunteeextra guasha hangebackc harmonyca harnstoffc ' +
  'hautalteru hautbarrie hautbild hautbiopsi hauterschl hautgesund hautoberfl hauttyp hauttypen ' +
  'hautzellen healite hidrafacia hidratante hidratanteco hidrex hidrocorti hidrodermo hidroxiapati ' +
  'hifulifting highfrequenc hilospdo hollywoodspe hutox hydradermi hydraneedle hydroderma hylapen ' +
  'ialuronatodi icon1540 iconipl idrochinon idrocortis imageguideds incarnatospe incobotuli ' +
  'infraredtigh injectiondes injectionsde inmodeforma innotox intracel intradermo intralesiona ' +
  'invecchiamen iperpigmen iplbehandlun isolaz isolazpro jalupro juckreiz juvaderm juvelook ' +
  'kleresca kobido kojisaure komedonen kontaktder korperloti krahenfuße lachfalten laitcorporel ' +
  'lantox lasemd lassitacutan lattedeterge lavieen ledlichtther lenisna lentiggini letibotuli ' +
  'lichtalter lichtschut liftera limelightipl limpezadepel lineasdeexpr lineasfinas lineesottili ' +
  'linfodrenagg linhasdeexpr linhasfinas lipaugmentat lipenhanceme lipinjection liplase ' +
  'lipomaexcisi lipomaremova lipomasurger lipomentfe liporase lippenaufs lippenunte liquidfaceli ' +
  'liquidsilico lividi locaocorpora locioncorpor lotiontoniqu lucepulsata lucepulsatai lumenism22 ' +
  'lumierepulse luminotherap lutronicclar lutronicgeni lutronicspec luzintensapu luzled m22ipl ' +
  'macchiecutan macchiedella macchiescure macchiesolar malpdt manchasdesol manchasescur ' +
  'manchasnapel manchasoscur manchassolar mapeamentode mapeodelunar marcasdeespi mascheraviso ' +
  'masqueled massaggioalv massaggiofac massaggiovis mdcodes meditoxin medlite medlitec6 melanin ' +
  'melanina melanine melanocyteke melanocytetr melanom melanome metvix micellarwate microaghi ' +
  'microagulh microbotox microchann microchannel micrographic microinfus microlaser microneede ' +
  'microwaveswe microwavethe mikroneedl milien mimikfalte mintthreads miradry mischhaut mixtosx ' +
  'mizellenwa mohschirurgi mohsmicrogra mohsprocedur mohssurgeon mohssurgery molecheck moleexcision ' +
  'molemapping moretones mucinadecara muttermale myolift nabota nachtcreme narbe nctf nctf135ha ' +
  'nefertitilif nellapelle neogenpsr nesselsuch neuramis neuronox nokorneedle nordlysipl ' +
  'novoxeltixel nuceiva nucleofill oberhaut occhiaie olheiras oligio omnilux onabotulin opusplasma ' +
  'orticaria ossidodizinc oxydedezinc oxygeneo ozempicface palomar1540 palomaremerg pantenol papada ' +
  'patasdegallo pattesdoie pclthreads pele peledesidrat peledorosto peleflacida peleirritada ' +
  'pelemadura pelemista peleoleosa peleopaca peleseca pelesemvico pelesensibil pelesensivel ' +
  'peliincarnit pellecadente pelledelviso pelledisidra pellegrassa pelleirritat pellematura ' +
  'pellemista pellesana pellesecca pellesensibi pellespenta pelleve pelosencarna pelosencrava ' +
  'peptideosdec peptidosdeco perfectha perossidodib peroxidodebe pertedeferme pesdegalinha ' +
  'pflegerout photodynamis photopneum photopneumat photorajeu photovieil picazon pickeln pikosekund ' +
  'pilarcystrem pixelco2 plasmaiq plasmariccod plasmarichee plattchenrei plexr plinest pmmainjectio ' +
  'pochessousle poilsincarne pointsblancs polinucleo polynukleo pontosnegros poridilatati ' +
  'poriostruiti portraitpsr prabotulin preenchiment princessvolu profoundrf profractio prosigne ' +
  'protecaosola proteccionso protectionso protetorsola protezioneso prurido prxt33 prxtherapy ' +
  'puliziadelvi puliziaviso punchbiopsy punchelevati punchexcisio punchgraftin punchreplace ' +
  'puntibianchi puntineri puntosblanco queimaduraso queimadurass queloide queratoseact queratosepil ' +
  'queratosisac queratosispi recell redensity1 redlightmask reinigungs relabotuli relachementc ' +
  'relatox relfydess rellenodelab rellenosfaci remocaodelip remocaodetat remocaodever restalyne ' +
  'resurfx revanesse revanessever revlite rha2 rha3 rha4 rharedensity ridesdexpres ridesdulion ' +
  'rilassamento rimozionetat routinedesoi ruga rugas rughe rughedespres russianlips sardas ' +
  'saudedapele saypha scarletrf schneckens scottaturaso scottatureso scrubviso sculptura ' +
  'sebaceouscys sebaceousgla shavebiopsy sheetmask shurink sieroallavit sieroviso silhouetteso ' +
  'siliconeinje smagliatur smartxide smartxidedot smootheye smoothlift solarlentigi solarlentigo ' +
  'sommerspro sonnencrem sonnenflec sonnenscha spectraxt spottreatmen srt100 stellarm22 stirnfalte ' +
  'stratumcorne struccante stylage suapele subcisao sublative sublativerej sublativerf subzision ' +
  'sullapelle sunekos superficialr superficialx sußholzwur tagescreme tattooentf teebaumol ' +
  'teintterne teleangect teoxanerha terapiacomle terapiafotod terapialed tetraco2 therapiephot ' +
  'thermismoo thermitigh thermomechan threadfaceli tipodepele tipodipelle titandioxi tixel ' +
  'tocoferol tocoferolo tonicoviso totalbodypho totalfx tranensack tratamentosf tratamientos ' +
  'trattamentiv trattamentov tuapelle tuchmaske tumoredellap ultracel ultraforme ultraformeri ' +
  'ultrapulse ultrasonidom ultrassommic unreinheit ureacreme urticaire uvbtherapie vampirlift ' +
  'venusviva verruche verrues verruga verrugas vieillisseme violetraywan virtuerf vistabel vistabex ' +
  'volift volnewmer volux vostrapelle warzen warzenentf weißflecke wiqo xanthelasmar xanthelasmat ' +
  'xtrac ycanth yvoirevolume zampedigalli zornesfalt bolsassobos cremeal huiledarbre lightemittin ' +
  'clareamentod desmaquilh clarityii revolax nonsurgicalr liquidrhinop liquidnosejo yvoire ' +
  'rinomodela perfiladodel perfilamento gouri geneo pollogengene';

/**
 * Japanese is written without spaces: a page with kana or kanji in its headline or opening is
 * searched for each of these as a plain substring.
 */
export const FIRST_LOOK_JAPANESE: string =
  '肌 皮膚 スキン 美容 保湿 化粧水 美容液 乳液 日焼け 洗顔 クレンジング シートマスク エイジング 美白 ' +
  'フェイスマッサージ 顔マッサージ 顔のマッサージ 美顔 小顔 ニキビ 吹き出物 赤ら顔 肝斑 シミ そばかす 色素沈着 ' +
  '湿疹 アトピー 乾癬 皮膚炎 シワ 小じわ ほうれい線 たるみ 毛穴 角栓 いちご鼻 稗粒腫 角化症 光老化 くすみ ' +
  '妊娠線 肉割れ ストレッチマーク 白斑 メラノーマ 黒色腫 毛細血管 目の下のクマ 蕁麻疹 じんましん 毛嚢炎 埋没毛 ' +
  'ヘルペス かゆみ 痒み 傷跡 傷痕 角質 皮脂 コラーゲン エラスチン エステ レーザー ピーリング ピール ピコ ' +
  'ダーマ ポテンツァ サブシジョン トーニング フォトフェイシャル タトゥー除去 ボトックス ボツリヌス ヒアルロ ' +
  'ジュビダーム レスチレン 水光注射 プロファイロ リジュラン メソセラピー エクソソーム ケナコルト スレッドリフト ' +
  '糸リフト ウルセラ ウルトラフォーマー サーマクール エレクトロポレーション ミラドライ ハイドラフェイシャル 圧出 ' +
  'イオン導入 ほくろ ホクロ 粉瘤 イボ取り いぼ取り 生検 レチノ レチナール トレチノイン アダパレン ' +
  'ナイアシンアミド ビタミンC アスコルビン フェルラ酸 グリコール酸 マンデル酸 サリチル酸 アゼライン酸 ' +
  '過酸化ベンゾイル ティーツリー セラミド スクワラン バクチオール 酸化亜鉛 酸化チタン ハイドロキノン コウジ酸 ' +
  'トラネキサム酸 アルブチン グラブリジン ツボクサ パンテノール アラントイン ヒドロコルチゾン 尿素クリーム パラベン';

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
  'abla abob abso accu acei acid acne acqu acti adap aero aest ages agne agua akne alan alap alfa ' +
  'alia alla allu alma alph alte amel amin anti apto aqua aran araz arbu argi arru arte asce ascl ' +
  'asco asia aufl auge augm aume ausr avei aven avic avob avoi azel azza baba back bajo baku barb ' +
  'barr basa bava bave bblh beau belk bell belo benz bese beta bioe biop bior bios blac blem blis ' +
  'bloq blue blut bluu boco body bols bors boto botu broa brok brot bruf brui canc cand capi carb ' +
  'carc carn cell cent cera cern chae chee chel chem cher chic chin chir chlo cica ciru clar clea ' +
  'clin cloa co2r coce cogt cola cold coll comb come comp conc cont cool copp core cosm coup crav ' +
  'crem crep crow cryo cuid cupe cura cure cuta cute cyno dann dano dape dark dars daxi daxx dayc ' +
  'dayl deep dehn dell dema deox depi derm desi desm deta dete dexl dexp diam diff diox disc doub ' +
  'drio drpe dull dysp eaum ecce ecch ecli ecra ecze efel egcg eing ekze elas elec elim ella emat ' +
  'emer emfa endy enve enzy epid epil erbi esfo eska espa espi esqu este esth estr euro exce exci ' +
  'exfo exil exio exod exos exox exti extr eyec ezpr face faci fade fahl falt feru feuc feve fibr ' +
  'fili fill fils filt fina fine fios flac flec fluo foli foll fore form foto frac frax frec frot ' +
  'frow fruc galv gefa geld gell geln gene geni gent gepl gesi glab glic glo2 gluc glyc glyk gomm ' +
  'gotu gour gree gren grun guas haar hair hang harm harn haut heal hema herp hial hidr hifu high ' +
  'hilo hipe holl homo huil huto hyal hydr hyla hype ialu icon idro imag inca inco infi infr ingr ' +
  'inje inmo inno inst intr inve inye iont iper iplb isol isot jalu jess jetp jeuv jowl juck juva ' +
  'juve kelo kera kler kobi koji koll kome kont korp kosm krah kybe lach lact lait lant lasc lase ' +
  'lass latt laug lavi laxi ledf ledl ledm ledt leni lent leti lety levu lich lico lift ligh lime ' +
  'limp line linf linh lipa lipe lipf lipi lipl lipo lipp liqu live livi loca loci loos loti luce ' +
  'lume lumi lutr luzi luzl luzp m22i macc made make malp manc mand manu mape marc masc masq mass ' +
  'matr mdco medi medl meds mela meso meth metv mexo mice micr mikr milc mili mimi mint mira misc ' +
  'mite mixt mize mohs mois mole more morp muci mutt myol nabo nach nano narb narr naso nctf ndya ' +
  'need nefe nell neog ness neur niac nico nigh noko nona none nons nord nova novo nuce nucl nufa ' +
  'ober occh octi octo ojer olhe olig omni onab opus orti ossi oxid oxyb oxyd oxyg ozem palm palo ' +
  'pant papa para pata patt pclt pdot peel pele peli pell pelo pept perc perf pero pert pesd pfle ' +
  'phen phot pica pick pico pigm piko pila pimp pixe plan plas plat plex plin pmma poch poil poin ' +
  'poli poll poly pont pore pori poro port post pote prab pree prin prof prop pros prot prov prur ' +
  'prxt psor puff puli puls punc punt qswi quei quel quem quer radi razo rece rede redl rein reju ' +
  'rela relf rell remo reno rest resu resv reti reva revl revo rha2 rha3 rha4 rhar ride ridu rila ' +
  'rimo rino roac rosa rout ruga rugh russ sagg sali salm sard saud saur sayp scar schn schu scit ' +
  'scle scot scru scul seba sebu secr shav shee shur sier sign silh sili silk skin smag smar smoo ' +
  'snai sofw soin sola somm sonn sopr spec spid spir spot squa srt1 stel stir stra stre stri stru ' +
  'styl suap subc subl subz sulf sull sulp sunb sund sune suns supe sußh sylf tach tage task tatt ' +
  'taza tazo tear teat teeb tein tela tele temp teos teox tera tetr ther thre tino tipo tita tixe ' +
  'toco toni tota toxi tran trat tret tric tuap tuch tumo ulth ultr unde unre urea urti uvbt uvin ' +
  'vamp vbea venu verg verr viei viol vipe virt visa vist vita viti viva volb voli voln volu vost ' +
  'warz weiß whit wiqo wrin xant xeom xero xtra ycan yvoi zamp ziip zinc zink zorn';
export const LONGEST_STEM = 22;

const KANA_OR_KANJI = /[\u3040-\u30ff\u3400-\u9fff]/;
let japanese: string[] | undefined;

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
  if (KANA_OR_KANJI.test(text)) {
    japanese ??= FIRST_LOOK_JAPANESE.split(' ');
    if (japanese.some((stem) => text.includes(stem))) return true;
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
