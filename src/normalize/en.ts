/**
 * English normalisation (DESIGN.md §3): punctuation variants, possessive and plural endings, and
 * British/American spelling pairs. Everything here is a pure function on strings.
 */
import { ownCopy } from './own-copy.js';

// ───────────────────────────── punctuation ─────────────────────────────

const PUNCT_MAP = new Map<string, string>();
function mapAll(chars: string, to: string): void {
  for (const c of chars) PUNCT_MAP.set(c, to);
}
// Apostrophes and single quotes: ’ ‘ ʼ ′ ` ‛ ‚ ´ ＇
mapAll('\u2019\u2018\u02BC\u2032\u0060\u201B\u201A\u00B4\uFF07', "'");
// Double quotes: “ ” „ ‟ ″ ＂
mapAll('\u201C\u201D\u201E\u201F\u2033\uFF02', '"');
// Hyphens, dashes, minus: ‐ ‑ ‒ – — ― − ﹘ ﹣ －
mapAll('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D', '-');
// Spaces: NBSP, en/em/thin/hair/figure/punctuation spaces, narrow NBSP, medium math space,
// ideographic space, Ogham space mark, line and paragraph separators.
mapAll(
  '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\u2028\u2029',
  ' ',
);

const PUNCT_RE = new RegExp(`[${[...PUNCT_MAP.keys()].join('')}]`, 'g');
const punctReplace = (c: string): string => PUNCT_MAP.get(c) as string;

/**
 * Typographic variants to their ASCII form: ’ ‘ ʼ ′ ` → ', “ ” „ → ", hyphen/dash/minus variants
 * → -, NBSP and the other Unicode spaces (and U+2028/U+2029) → space.
 *
 * **Length-preserving**: every replaced character is one UTF-16 code unit and becomes one code
 * unit, so `normalizePunctuation(s).length === s.length` and every offset into the result is an
 * offset into `s`. Line feeds, tabs and all other characters are left alone. Idempotent.
 */
export function normalizePunctuation(s: string): string {
  return s.replace(PUNCT_RE, punctReplace);
}

// ───────────────────────────── inflection ─────────────────────────────

/** Words ending in -s that are not plurals (or whose -s must not go). */
const KEEP_S = new Set([
  'news', 'always', 'perhaps', 'whereas', 'series', 'species', 'chaos', 'ethos', 'pathos',
  'cosmos', 'kudos', 'laos', 'overseas', 'besides', 'towards', 'afterwards', 'backwards',
  'forwards', 'upwards', 'downwards', 'outwards', 'inwards', 'onwards', 'nowadays', 'sometimes',
  'headquarters', 'whereabouts', 'lens', 'does', 'goes', 'christmas', 'texas', 'kansas', 'arkansas',
  'thomas', 'atlas', 'canvas', 'bias', 'alias', 'pancreas', 'paris', 'wales', 'athens', 'brussels',
  'philippines', 'netherlands', 'maldives', 'bahamas', 'seychelles', 'comoros', 'barbados',
  'honduras', 'mercedes', 'hercules', 'diabetes', 'herpes', 'rabies', 'measles', 'mumps',
  'means', 'thanks', 'savings', 'earnings', 'arms', 'customs', 'goods', 'premises', 'proceeds',
  'outskirts', 'surroundings', 'belongings', 'riches', 'clothes', 'congratulations', 'regards',
  'lyrics', 'tactics', 'economics', 'politics', 'physics', 'mathematics', 'statistics',
  'logistics', 'ethics', 'electronics', 'genetics', 'linguistics', 'athletics', 'gymnastics',
  'aerobics', 'acoustics', 'aesthetics', 'dynamics', 'graphics', 'mechanics', 'optics',
  'semantics', 'diagnostics', 'analytics', 'geopolitics', 'geophysics', 'metaphysics',
]);

/** -ies plurals of words ending in -ie (not -y). */
const IE_SINGULAR = new Set([
  'movie', 'cookie', 'calorie', 'zombie', 'rookie', 'selfie', 'hippie', 'prairie', 'brownie',
  'auntie', 'genie', 'pixie', 'goalie', 'smoothie', 'freebie', 'yuppie', 'budgie', 'hoodie',
  'veggie', 'bookie', 'boogie', 'collie', 'goodie', 'necktie', 'magpie', 'sortie', 'eyrie',
  'specie', 'lingerie', 'reverie', 'menagerie', 'coterie', 'rotisserie', 'talkie', 'walkie',
  'newbie', 'groupie', 'junkie', 'techie', 'foodie', 'birdie', 'sweetie', 'cutie', 'pinkie',
]);

/** Words in -us whose plural is -uses. */
const US_SINGULAR = new Set([
  'status', 'census', 'consensus', 'bonus', 'campus', 'virus', 'surplus', 'focus', 'stimulus',
  'corpus', 'caucus', 'prospectus', 'apparatus', 'nexus', 'genius', 'sinus', 'circus',
  'syllabus', 'thesaurus', 'chorus', 'onus', 'impetus', 'opus', 'fungus', 'cactus', 'octopus',
  'hippopotamus', 'walrus', 'minus', 'plus', 'radius', 'abacus', 'uterus', 'lotus', 'hiatus',
  'fetus', 'foetus', 'exodus', 'rebus', 'callus', 'terminus', 'nimbus', 'papyrus', 'calculus',
  'discus', 'isthmus', 'rhombus', 'citrus', 'platypus', 'sarcophagus', 'incubus', 'humerus',
  'tumulus', 'nucleus', 'locus', 'bus', 'omnibus', 'minibus', 'trolleybus', 'autobus',
]);

/** Words in -as whose plural is -ases. */
const AS_SINGULAR = new Set([
  'gas', 'bias', 'alias', 'atlas', 'canvas', 'pancreas', 'fracas', 'madras', 'christmas',
]);

/** -ches / -shes plurals of words ending in -che / -she. */
const CHE_SINGULAR = new Set([
  'ache', 'headache', 'toothache', 'earache', 'backache', 'stomachache', 'heartache', 'cache',
  'moustache', 'mustache', 'avalanche', 'niche', 'cliche', 'cliché', 'quiche', 'creche',
  'crèche', 'douche', 'psyche', 'fiche', 'microfiche', 'panache', 'attache', 'attaché',
  'apache', 'tranche', 'carte blanche', 'blanche', 'gouache', 'pastiche', 'cloche', 'brioche',
  'caleche', 'synecdoche',
]);

/** -oes plurals of words ending in -o. */
const O_SINGULAR = new Set([
  'hero', 'potato', 'tomato', 'veto', 'echo', 'embargo', 'torpedo', 'volcano', 'mosquito',
  'tornado', 'domino', 'mango', 'cargo', 'motto', 'buffalo', 'no', 'go', 'superhero',
  'desperado', 'innuendo', 'manifesto', 'grotto', 'halo', 'archipelago', 'fresco', 'tuxedo',
]);

/** Irregular plurals that matter in this domain. */
const IRREGULAR = new Map<string, string>(Object.entries({
  crises: 'crisis',
  analyses: 'analysis',
  theses: 'thesis',
  hypotheses: 'hypothesis',
  diagnoses: 'diagnosis',
  prognoses: 'prognosis',
  syntheses: 'synthesis',
  parentheses: 'parenthesis',
  emphases: 'emphasis',
  oases: 'oasis',
  synopses: 'synopsis',
  lenses: 'lens',
  quizzes: 'quiz',
}));

function isApostrophe(c: string | undefined): boolean {
  return c === "'" || c === '\u2019' || c === '\u02BC';
}

function isLetterBeforeS(c: string | undefined): boolean {
  // A letter (any script) before the final s: "1990s" keeps its s.
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

function stripOnce(w: string): string {
  // Possessive: "committee's" → "committee", "councils'" → "councils".
  const n = w.length;
  if (n > 2 && w.endsWith('s') && isApostrophe(w[n - 2])) return w.slice(0, -2);
  if (n > 1 && isApostrophe(w[n - 1])) return w.slice(0, -1);

  if (n <= 3 || !w.endsWith('s')) return w;
  if (KEEP_S.has(w)) return w;
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  const prev = w[n - 2];
  if (prev === 's') {
    // -ss is a singular ("mass", "class", "congress"); -sses is its plural.
    return w;
  }
  if (prev === 'u' || prev === 'i') return w; // status, census, basis, this, analysis
  if (!isLetterBeforeS(prev)) return w;
  if (prev !== 'e') {
    // -as singulars: "bias", "atlas"; otherwise a plain -s plural ("ideas", "days", "councils").
    if (prev === 'a' && AS_SINGULAR.has(w)) return w;
    return w.slice(0, -1);
  }
  // … -es
  const stemEs = w.slice(0, -2); // without "es"
  const stemS = w.slice(0, -1); // without "s"
  if (w.endsWith('ies')) {
    if (n > 4 && !IE_SINGULAR.has(stemS)) return w.slice(0, -3) + 'y';
    return stemS;
  }
  if (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('zzes')) return stemEs;
  if (w.endsWith('ches') || w.endsWith('shes')) {
    return CHE_SINGULAR.has(stemS) ? stemS : stemEs;
  }
  if (w.endsWith('oes')) return O_SINGULAR.has(stemEs) ? stemEs : stemS;
  if (w.endsWith('uses')) {
    if (US_SINGULAR.has(stemEs) || (stemEs.endsWith('bus') && !stemEs.endsWith('abus'))) {
      return stemEs;
    }
    return stemS;
  }
  if (w.endsWith('ases') && AS_SINGULAR.has(stemEs)) return stemEs;
  return stemS;
}

/**
 * Base form of an already lower-cased word, for matching: possessive and plural endings go
 * ("committee's", "committees", "councils'", "deputies" → "committee", "committee", "council",
 * "deputy"); singulars in -ss, -us, -is ("mass", "status", "basis"), words of three letters or fewer,
 * a list of non-plurals in -s ("news", "series", "politics", "Philippines") and numbers ("1990s")
 * keep their s. Not a lemmatiser: "leaves" → "leave". Deterministic and idempotent.
 */
export function baseForm(word: string): string {
  let w = word;
  for (;;) {
    const next = stripOnce(w);
    if (next === w) return w;
    w = next;
  }
}

// ───────────────────────────── British / American spelling ─────────────────────────────

/** Explicit GB → US pairs (base forms; a plural or possessive ending is handled separately). */
const GB_TO_US = new Map<string, string>(Object.entries({
  defence: 'defense',
  defenceless: 'defenseless',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  programme: 'program',
  skilful: 'skillful',
  skilfully: 'skillfully',
  unskilful: 'unskillful',
  wilful: 'willful',
  wilfully: 'willfully',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  enrol: 'enroll',
  enrolment: 'enrollment',
  instalment: 'installment',
  instil: 'instill',
  distil: 'distill',
  catalogue: 'catalog',
  catalogued: 'cataloged',
  cataloguing: 'cataloging',
  ageing: 'aging',
  judgement: 'judgment',
  acknowledgement: 'acknowledgment',
  grey: 'gray',
  jewellery: 'jewelry',
  councillor: 'councilor',
  marvellous: 'marvelous',
  woollen: 'woolen',
  manoeuvre: 'maneuver',
  manoeuvred: 'maneuvered',
  manoeuvring: 'maneuvering',
  plough: 'plow',
  aluminium: 'aluminum',
  sceptic: 'skeptic',
  sceptical: 'skeptical',
  scepticism: 'skepticism',
  mould: 'mold',
  smoulder: 'smolder',
  artefact: 'artifact',
  cosy: 'cozy',
  sulphur: 'sulfur',
  moustache: 'mustache',
  pyjamas: 'pajamas',
  paediatric: 'pediatric',
  paediatrician: 'pediatrician',
  orthopaedic: 'orthopedic',
  encyclopaedia: 'encyclopedia',
  anaemia: 'anemia',
  anaesthesia: 'anesthesia',
  haemorrhage: 'hemorrhage',
  leukaemia: 'leukemia',
  oestrogen: 'estrogen',
  diarrhoea: 'diarrhea',
  // -re / -er (explicit: "meter", "cluster", "diameter" show why a suffix rule is unsafe)
  centre: 'center',
  epicentre: 'epicenter',
  centred: 'centered',
  centring: 'centering',
  centrepiece: 'centerpiece',
  theatre: 'theater',
  amphitheatre: 'amphitheater',
  theatregoer: 'theatergoer',
  metre: 'meter',
  kilometre: 'kilometer',
  centimetre: 'centimeter',
  millimetre: 'millimeter',
  decimetre: 'decimeter',
  nanometre: 'nanometer',
  litre: 'liter',
  millilitre: 'milliliter',
  centilitre: 'centiliter',
  decilitre: 'deciliter',
  fibre: 'fiber',
  fibreglass: 'fiberglass',
  calibre: 'caliber',
  spectre: 'specter',
  sombre: 'somber',
  meagre: 'meager',
  sabre: 'saber',
  lustre: 'luster',
  lacklustre: 'lackluster',
  sceptre: 'scepter',
  mitre: 'miter',
  goitre: 'goiter',
  saltpetre: 'saltpeter',
  sepulchre: 'sepulcher',
  reconnoitre: 'reconnoiter',
}));

const US_TO_GB = new Map<string, string>();
for (const [gb, us] of GB_TO_US) US_TO_GB.set(us, gb);

/**
 * US forms that are also correct British spelling in some sense ("license" the verb, "practice"
 * the noun, "meter" the instrument): they map to a key but are never reported as American.
 */
const AMBIGUOUS_US = new Set(['license', 'practice', 'meter']);
/** British forms that are also the plural of a noun spelt the same in both ("analyses" of "analysis"). */
const AMBIGUOUS_GB = new Set(['analyses', 'paralyses', 'catalyses', 'dialyses']);
/** Words that look American to the -or rule but are spelt the same in British English. */
const OR_EXCEPTIONS = new Set(['humoral', 'humorist', 'humorists']);

// -ise / -ize. A suffix rule with exceptions: the exceptions are -ise in American English too.
const ISE_SUFFIX = '(e|es|ed|ing|er|ers|ation|ations|ational|ationally|able)';
const ISE_RE = new RegExp(`^(.{3,})is${ISE_SUFFIX}$`);
const IZE_RE = new RegExp(`^(.{3,})iz${ISE_SUFFIX}$`);
const ISE_EXCEPTIONS = new Set([
  'advertise', 'chastise', 'circumcise', 'comprise', 'compromise', 'concise', 'demise',
  'despise', 'enfranchise', 'disenfranchise', 'enterprise', 'excise', 'exercise', 'exorcise',
  'expertise', 'franchise', 'incise', 'merchandise', 'mortise', 'paradise', 'precise', 'premise',
  'promise', 'reprise', 'apprise', 'surmise', 'surprise', 'treatise', 'valise', 'anise',
  'cerise', 'chemise', 'remise', 'sunrise', 'moonrise', 'uprise', 'denise', 'elise', 'louise',
  'otherwise', 'likewise', 'clockwise', 'improvise', 'supervise', 'televise', 'devise', 'revise',
  'advise', 'prise', 'arise', 'rise', 'wise',
]);
/** Endings that are never -ize in American English. */
const ISE_EXCEPTION_ENDINGS = ['wise', 'vise', 'prise', 'franchise'];
/** -ize words that are -ize in British English too. */
const IZE_EXCEPTIONS = new Set([
  'size', 'capsize', 'downsize', 'oversize', 'undersize', 'resize', 'upsize', 'outsize',
  'supersize', 'midsize', 'assize', 'belize', 'seize', 'prize',
]);
const VOWELS = 'aeiouy';

function iseApplies(stem: string): boolean {
  const last = stem[stem.length - 1] as string;
  if (VOWELS.includes(last)) return false; // raise, noise, cruise, liaise
  const base = stem + 'ise';
  if (ISE_EXCEPTIONS.has(base)) return false;
  for (const e of ISE_EXCEPTION_ENDINGS) if (base.endsWith(e)) return false;
  return true;
}

// -yse / -yze: analyse, paralyse, catalyse, dialyse, electrolyse, hydrolyse.
const YSE_RE = /^(.*[ao]ly)s(e|es|ed|ing|er|ers)$/;
const YZE_RE = /^(.*[ao]ly)z(e|es|ed|ing|er|ers)$/;

// -our / -or, with the derived forms that keep the difference.
const OUR_STEMS =
  'labo|hono|favo|behavio|neighbo|endeavo|harbo|colo|vigo|rumo|humo|valo|flavo|armo|savo|odo|' +
  'parlo|splendo|cando|clamo|ranco|tumo|savio|fervo|ardo|demeano|vapo|rigo';
const OUR_PREFIX = '(un|dis|mis|multi|well|ill|over|re|self|bi|tri|water|off|)';
const OUR_SUFFIX =
  '(|s|ed|ing|er|ers|able|ably|ite|ites|itism|al|ally|hood|hoods|ful|fully|less|ist|ists|ism|y|ly|liness)';
const OUR_RE = new RegExp(`^${OUR_PREFIX}(${OUR_STEMS})ur${OUR_SUFFIX}$`);
const OR_RE = new RegExp(`^${OUR_PREFIX}(${OUR_STEMS})r${OUR_SUFFIX}$`);

// -lled / -led (verbs with an unstressed final -el / -al / -il / -ol).
const L_STEMS =
  'travel|cancel|label|model|counsel|signal|fuel|level|marshal|channel|tunnel|total|equal|dial|' +
  'duel|quarrel|rival|marvel|pencil|panel|funnel|shovel|libel|initial|jewel|snorkel|yodel|grovel|' +
  'swivel|chisel|gambol|pummel|bevel|revel|cudgel|dishevel|enamel|gravel|kennel|medal|tassel|' +
  'tinsel|towel|trammel|victual|spiral|pedal|stencil|sentinel|barrel';
const L_PREFIX = '(un|re|mis|pre|de|)';
const L_SUFFIX = '(ed|ing|er|ers|or|ors|ist|ists)';
const LL_RE = new RegExp(`^${L_PREFIX}(${L_STEMS})l${L_SUFFIX}$`);
const L_RE = new RegExp(`^${L_PREFIX}(${L_STEMS})${L_SUFFIX}$`);

/** GB → US for a bare word; returns the word itself when it is not a British form. */
function bareToUs(w: string): string {
  const explicit = GB_TO_US.get(w);
  if (explicit !== undefined) return explicit;
  if (w.length < 5) return w;
  let m: RegExpExecArray | null;
  if (w.includes('is')) {
    m = ISE_RE.exec(w);
    if (m && iseApplies(m[1] as string)) return `${m[1]}iz${m[2]}`;
  }
  if (w.includes('lys')) {
    m = YSE_RE.exec(w);
    if (m) return `${m[1]}z${m[2]}`;
  }
  if (w.includes('our')) {
    m = OUR_RE.exec(w);
    if (m) return `${m[1]}${m[2]}r${m[3]}`;
  }
  if (w.includes('ll')) {
    m = LL_RE.exec(w);
    if (m) return `${m[1]}${m[2]}${m[3]}`;
  }
  return w;
}

/** US → GB for a bare word; returns the word itself when it is not an American form. */
function bareToGb(w: string): string {
  const explicit = US_TO_GB.get(w);
  if (explicit !== undefined) return explicit;
  if (w.length < 5) return w;
  let m: RegExpExecArray | null;
  if (w.includes('iz')) {
    m = IZE_RE.exec(w);
    if (m) {
      const stem = m[1] as string;
      if (!IZE_EXCEPTIONS.has(stem + 'ize') && iseApplies(stem)) return `${stem}is${m[2]}`;
    }
  }
  if (w.includes('lyz')) {
    m = YZE_RE.exec(w);
    if (m) return `${m[1]}s${m[2]}`;
  }
  m = OR_RE.exec(w);
  if (m && !OR_EXCEPTIONS.has(w)) return `${m[1]}${m[2]}ur${m[3]}`;
  m = L_RE.exec(w);
  if (m) return `${m[1]}${m[2]}l${m[3]}`;
  return w;
}

/**
 * Apply a bare-word mapping, also through a possessive or plural ending the mapping does not
 * know ("programmes" → "programs", "defence's" → "defense's").
 */
function throughEndings(w: string, bare: (w: string) => string): string {
  const direct = bare(w);
  if (direct !== w) return direct;
  const n = w.length;
  if (n > 3) {
    if (w.endsWith('s') && isApostrophe(w[n - 2])) {
      const inner = throughEndings(w.slice(0, -2), bare);
      return inner === w.slice(0, -2) ? w : inner + w.slice(-2);
    }
    if (isApostrophe(w[n - 1])) {
      const inner = throughEndings(w.slice(0, -1), bare);
      return inner === w.slice(0, -1) ? w : inner + w.slice(-1);
    }
    if (w.endsWith('s')) {
      const inner = bare(w.slice(0, -1));
      return inner === w.slice(0, -1) ? w : inner + 's';
    }
  }
  return w;
}

/**
 * One key for the British and American spellings of a lower-cased word (the key is the
 * American form): "mobilisation"/"mobilization", "labour"/"labor", "centre"/"center",
 * "defence"/"defense", "programme"/"program", "travelled"/"traveled", "analyse"/"analyze",
 * "catalogue"/"catalog" all give one key. Words without a pair are returned unchanged. Pairs that
 * are unsafe as a rule ("tyre"/"tire", "cheque"/"check", "storey"/"story", "dialogue") are not
 * included. Idempotent.
 */
export function spellingKey(word: string): string {
  return throughEndings(word, bareToUs);
}

/**
 * For a lower-cased word with a British/American pair: 'gb' or 'us'. Undefined for words spelt
 * the same in both, and for American forms that British English also uses in another sense
 * ("license" the verb, "practice" the noun, "meter" the instrument).
 */
export function spellingVariant(word: string): 'gb' | 'us' | undefined {
  // Every word of a document is asked about (twice); a text has a few thousand distinct words.
  let cached = VARIANT_CACHE.get(word);
  if (cached === undefined) {
    if (VARIANT_CACHE.size >= 50_000) VARIANT_CACHE.clear();
    cached = variantOf(word) ?? null;
    VARIANT_CACHE.set(ownCopy(word), cached);
  }
  return cached ?? undefined;
}

const VARIANT_CACHE = new Map<string, 'gb' | 'us' | null>();

function variantOf(word: string): 'gb' | 'us' | undefined {
  if (AMBIGUOUS_GB.has(word)) return undefined;
  if (throughEndings(word, bareToUs) !== word) return 'gb';
  if (AMBIGUOUS_US.has(baseForm(word))) return undefined;
  if (throughEndings(word, bareToGb) !== word) return 'us';
  return undefined;
}

/** Give `to` the case pattern of `from`: lower, UPPER, Title, or position by position. */
function copyCase(from: string, to: string): string {
  const lower = from.toLowerCase();
  if (from === lower) return to;
  const upper = from.toUpperCase();
  if (from === upper) return to.toUpperCase();
  const first = from.slice(0, 1);
  if (first === first.toUpperCase() && from.slice(1) === lower.slice(1)) {
    return to.slice(0, 1).toUpperCase() + to.slice(1);
  }
  let out = '';
  for (let i = 0; i < to.length; i++) {
    const c = to[i] as string;
    const f = from[Math.min(i, from.length - 1)] as string;
    out += f !== f.toLowerCase() ? c.toUpperCase() : c;
  }
  return out;
}

/**
 * The other spelling of a word that has a British/American pair, in the case pattern of the input
 * ("Mobilisation" → "Mobilization", "DEFENCE" → "DEFENSE", "labor" → "labour"); undefined when
 * the word has no pair (or is an ambiguous American form, see {@link spellingVariant}).
 */
export function counterpart(word: string): string | undefined {
  const w = word.toLowerCase();
  const variant = spellingVariant(w);
  if (variant === undefined) return undefined;
  const other = variant === 'gb' ? throughEndings(w, bareToUs) : throughEndings(w, bareToGb);
  return copyCase(word, other);
}

/**
 * Where a word's British/American pair differs: in -ise/-ize alone ("organisation",
 * "mobilized"), or anywhere else ("labour", "centre", "defence", "analyse", "travelled"). Oxford
 * spelling (en-GB-oxendict), common in UN and official translations, writes -ize and is British
 * otherwise, so the two are judged apart.
 */
export type SpellingAxis = 'ize' | 'other';

/** The axis of a lower-cased word that has a British/American pair (see {@link spellingVariant}). */
export function spellingAxis(word: string): SpellingAxis {
  const us = throughEndings(word, bareToUs);
  const pair = us !== word ? us : throughEndings(word, bareToGb);
  if (pair.length !== word.length) return 'other';
  let at = -1;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === pair[i]) continue;
    if (at >= 0) return 'other';
    at = i;
  }
  return at > 0 && word[at - 1] === 'i' && (word[at] === 's' || word[at] === 'z') ? 'ize' : 'other';
}
