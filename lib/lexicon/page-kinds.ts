// Words that, as most of a page's own title, heading or address, say the page is not an article:
// an about, team, contact, pricing, booking, policy, gallery, testimonials or careers page. They are
// read there only, and only when they are most of that name ("Contact us", "Our Team", "/precios/"),
// so short words are safe where a longer title uses them ("All about retinol").
// Left out: "reviews" and "review" (a product review is an article), "menu", "FAQ", "before and
// after" (an article's title as often as a gallery's), "equipo" alone (also "device"). "The clinic" and its
// translations are here: as most of a page's own title they name an about page.
import type { LexiconEntry } from './types';

export type PageKind = 'about' | 'team' | 'contact' | 'pricing' | 'booking' | 'policy' | 'gallery' | 'testimonials' | 'careers';

type Spec = Partial<Omit<LexiconEntry, 'id' | 'kind' | 'category' | 'terms'>>;
const pageKind = (category: PageKind, name: string, terms: string[], spec: Spec = {}): LexiconEntry => ({
  id: `page-${category}`,
  name,
  kind: 'pagekind',
  category,
  terms,
  ...spec,
});

export const PAGE_KINDS: readonly LexiconEntry[] = [
  pageKind('about', 'About page', [
    'about',
    'about us',
    'about me',
    'about the clinic',
    'about our clinic',
    'our story',
    'the clinic',
    'our clinic',
    'our mission',
    'our philosophy',
    'who we are',
    // es
    'sobre nosotros',
    'quiénes somos',
    'nuestra historia',
    'nuestra clínica',
    'la clínica',
    // pt
    'sobre',
    'sobre nós',
    'quem somos',
    'nossa história',
    'conheça a clínica',
    'a clínica',
    'nossa clínica',
    'institucional',
    // fr
    'à propos',
    'à propos de nous',
    'qui sommes-nous',
    'notre histoire',
    'notre philosophie',
    'la clinique',
    'notre clinique',
    // de
    'über uns',
    'über mich',
    'wir über uns',
    'unsere Geschichte',
    'unsere Philosophie',
    'unsere Praxis',
    // it
    'chi siamo',
    'la nostra storia',
    'la nostra filosofia',
    // ja
    '会社概要',
    '医院紹介',
    'クリニック紹介',
    '当院について',
    '私たちについて',
  ]),
  pageKind('team', 'Team page', [
    'our team',
    'meet the team',
    'meet our team',
    'the team',
    'team',
    'our staff',
    'our doctors',
    'our providers',
    'our practitioners',
    'meet the doctor',
    'meet the doctors',
    // es
    'nuestro equipo',
    'equipo médico',
    'nuestros doctores',
    'nuestros especialistas',
    // pt
    'nossa equipe',
    'equipe',
    'equipe médica',
    'nosso time',
    'corpo clínico',
    // fr
    'notre équipe',
    'équipe médicale',
    "l'équipe",
    // de
    'unser Team',
    'das Team',
    'Praxisteam',
    'unser Praxisteam',
    'Ärzteteam',
    // it
    'il nostro team',
    'il nostro staff',
    'la nostra équipe',
    // ja
    'スタッフ紹介',
    '医師紹介',
    '院長紹介',
    'ドクター紹介',
  ]),
  pageKind('contact', 'Contact page', [
    'contact',
    'contact us',
    'contact information',
    'contact details',
    'get in touch',
    'find us',
    'location',
    'our locations',
    'opening hours',
    'hours and location',
    // es
    'contacto',
    'contáctanos',
    'contáctenos',
    'dónde estamos',
    'horarios',
    // pt
    'contato',
    'contatos',
    'contactos',
    'fale conosco',
    'entre em contato',
    'onde estamos',
    'localização',
    // fr
    'contactez-nous',
    'nous contacter',
    'nous trouver',
    'accès',
    "horaires d'ouverture",
    // de
    'Kontakt',
    'Kontaktformular',
    'Anfahrt',
    'Öffnungszeiten',
    'So finden Sie uns',
    // it
    'contatti',
    'contattaci',
    'dove siamo',
    'orari di apertura',
    // ja
    'お問い合わせ',
    'お問合せ',
    '問い合わせ',
    'アクセス',
  ]),
  pageKind('pricing', 'Pricing page', [
    'pricing',
    'prices',
    'our prices',
    'price list',
    'rates',
    'treatment prices',
    'fees',
    // es
    'precios',
    'lista de precios',
    'tarifas',
    'nuestros precios',
    // pt
    'preços',
    'tabela de preços',
    'valores',
    'nossos preços',
    // fr
    'tarifs',
    'nos tarifs',
    'prix',
    'grille tarifaire',
    // de
    'Preise',
    'Preisliste',
    'unsere Preise',
    // it
    'prezzi',
    'listino prezzi',
    'listino',
    'tariffe',
    // ja
    '料金',
    '料金表',
    '価格表',
  ]),
  pageKind('booking', 'Booking page', [
    'booking',
    'book now',
    'book online',
    'online booking',
    'book an appointment',
    'book your appointment',
    'book a consultation',
    'schedule an appointment',
    'request an appointment',
    'appointment',
    'appointments',
    // es
    'reservar',
    'reserva tu cita',
    'reserva online',
    'pedir cita',
    'cita previa',
    'solicitar cita',
    'pide tu cita',
    // pt
    'agendamento',
    'agendar',
    'agende',
    'agende já',
    'agendar consulta',
    'marcar consulta',
    'agende sua avaliação',
    // fr
    'rendez-vous',
    'prendre rendez-vous',
    'prise de rendez-vous',
    'rendez-vous en ligne',
    'réserver',
    'réservation',
    // de
    'Termin buchen',
    'Termin vereinbaren',
    'Terminvereinbarung',
    'Terminbuchung',
    'Online-Termin',
    // it
    'prenota',
    'prenota ora',
    'prenotazione',
    'prenotazioni',
    'prenota una visita',
    'prenota un appuntamento',
    'appuntamento',
    // ja
    '予約',
    'ご予約',
    '予約フォーム',
  ], {
    // German "Termine" is Italian "termine" (term, end); Spanish "cita" also a quotation.
    weakTermsIn: { de: ['Termin', 'Termine'], es: ['cita'] },
  }),
  pageKind(
    'policy',
    'Policy page',
    [
      'privacy policy',
      'privacy notice',
      'privacy statement',
      'terms and conditions',
      'terms & conditions',
      'terms of use',
      'terms of service',
      'cookie policy',
      'cookies policy',
      'policies',
      'cancellation policy',
      'refund policy',
      'disclaimer',
      'legal notice',
      'accessibility statement',
      'imprint',
      // es
      'política de privacidad',
      'aviso de privacidad',
      'aviso legal',
      'política de cookies',
      'términos y condiciones',
      'condiciones de uso',
      // pt
      'política de privacidade',
      'termos de uso',
      'termos e condições',
      'termos de serviço',
      // fr
      'mentions légales',
      'politique de confidentialité',
      'conditions générales',
      'conditions générales de vente',
      "conditions générales d'utilisation",
      'politique de cookies',
      'gestion des cookies',
      // de
      'Impressum',
      'Datenschutz',
      'Datenschutzerklärung',
      'Datenschutzhinweise',
      'Allgemeine Geschäftsbedingungen',
      'Cookie-Richtlinie',
      // it
      'informativa privacy',
      'informativa sulla privacy',
      'termini e condizioni',
      'note legali',
      // ja
      'プライバシーポリシー',
      '個人情報保護方針',
      '利用規約',
      '特定商取引法',
    ],
    { abbreviations: ['AGB', 'CGV', 'CGU'] },
  ),
  pageKind('gallery', 'Gallery page', [
    'gallery',
    'photo gallery',
    'before and after gallery',
    'before & after gallery',
    // es/pt
    'galería',
    'galería de fotos',
    'galeria de fotos',
    // fr/de
    'galerie',
    'galerie photos',
    'Bildergalerie',
    'Fotogalerie',
    // it
    'galleria',
    'galleria fotografica',
    'galleria foto',
    // ja
    'ギャラリー',
    '症例写真',
  ]),
  pageKind('testimonials', 'Testimonials page', [
    'testimonials',
    'patient testimonials',
    'client testimonials',
    'patient stories',
    'what our patients say',
    'what our clients say',
    // es
    'testimonios',
    'opiniones de pacientes',
    'opiniones de clientes',
    // pt
    'depoimentos',
    'depoimentos de clientes',
    // fr
    'témoignages',
    'avis clients',
    'avis patients',
    // de
    'Kundenstimmen',
    'Patientenstimmen',
    // it
    'testimonianze',
    'dicono di noi',
    // ja
    'お客様の声',
    '患者様の声',
  ]),
  pageKind('careers', 'Careers page', [
    'careers',
    'jobs',
    'job openings',
    'join our team',
    'join the team',
    'work with us',
    'employment',
    'vacancies',
    // es
    'trabaja con nosotros',
    'bolsa de trabajo',
    'empleos',
    'ofertas de empleo',
    // pt
    'trabalhe conosco',
    'carreiras',
    // fr
    'carrières',
    'recrutement',
    'nous rejoindre',
    "offres d'emploi",
    // de
    'Karriere',
    'Stellenangebote',
    'Stellenanzeigen',
    // it
    'lavora con noi',
    'carriere',
    'offerte di lavoro',
    'posizioni aperte',
    // ja
    '採用情報',
    '求人',
  ], {
    // Spanish "vagas" is "lazy".
    weakTermsIn: { pt: ['vagas'] },
  }),
];
