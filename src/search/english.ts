// English inflection, undone: a question's "reminded", "troops", "told" or "countries" leads to the base form the
// glossary and the verb classes know. Rules for the regular endings and a table of the irregular forms a news
// question uses; a guess list, best first, never a replacement for the word itself.

/** Irregular past tenses, participles and plurals -> base form. */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  `said:say told:tell spoke:speak spoken:speak gave:give given:give took:take taken:take went:go gone:go made:make
  thought:think brought:bring sought:seek held:hold left:leave met:meet paid:pay sent:send won:win lost:lose
  fought:fight fell:fall fallen:fall led:lead began:begin begun:begin chose:choose chosen:choose knew:know
  known:know wrote:write written:write saw:see seen:see came:come became:become found:find kept:keep felt:feel
  stood:stand ran:run rose:rise risen:rise struck:strike stricken:strike shot:shoot hid:hide hidden:hide
  drove:drive driven:drive built:build sold:sell bought:buy caught:catch taught:teach understood:understand
  withdrew:withdraw withdrawn:withdraw swore:swear sworn:swear broke:break broken:break spent:spend lent:lend
  meant:mean heard:hear did:do done:do had:have has:have was:be were:be been:be is:be are:be got:get gotten:get
  forbade:forbid forbidden:forbid forgave:forgive overtook:overtake undertook:undertake upheld:uphold
  hung:hang dealt:deal fled:flee slept:sleep wore:wear worn:wear threw:throw thrown:throw grew:grow grown:grow
  drew:draw drawn:draw flew:fly flown:fly ate:eat eaten:eat sang:sing sung:sing sank:sink sunk:sink
  arose:arise arisen:arise bore:bear borne:bear beat:beat beaten:beat bit:bite bitten:bite blew:blow blown:blow
  froze:freeze frozen:freeze rode:ride ridden:ride shook:shake shaken:shake stole:steal stolen:steal
  spoke:speak woke:wake woken:wake lay:lie laid:lay led:lead read:read put:put cut:cut set:set let:let hit:hit
  hurt:hurt cost:cost quit:quit shut:shut spread:spread bet:bet cast:cast split:split
  men:man women:woman children:child people:person feet:foot teeth:tooth mice:mouse
  lives:life wives:wife knives:knife leaves:leaf thieves:thief halves:half shelves:shelf
  crises:crisis analyses:analysis theses:thesis criteria:criterion phenomena:phenomenon data:data media:media`
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.split(':') as [string, string]),
);

const VOWEL = /[aeiou]/;

/**
 * Base forms an English word may be an inflection of, most likely first (the word itself excluded). Folded
 * input, no apostrophes ("country's" arrives as "country").
 */
export function englishLemmas(word: string): string[] {
  let cached = lemmaCache.get(word);
  if (!cached) {
    cached = lemmasOf(word);
    if (lemmaCache.size > CACHE_LIMIT) lemmaCache.clear();
    lemmaCache.set(word, cached);
  }
  return cached;
}

// Every question runs each of its words through here: the answers are kept, within a bound.
const CACHE_LIMIT = 20000;
const lemmaCache = new Map<string, string[]>();
const cognateCache = new Map<string, string[]>();

function lemmasOf(word: string): string[] {
  const out: string[] = [];
  const push = (w: string) => {
    if (w.length >= 2 && w !== word && !out.includes(w)) out.push(w);
  };
  const irregular = IRREGULAR[word];
  if (irregular) push(irregular);
  if (word.length < 4) return out;
  const undouble = (stemmed: string) => (/([bdgklmnprt])\1$/.test(stemmed) ? stemmed.slice(0, -1) : stemmed);
  if (word.endsWith('ies') && word.length > 4) push(word.slice(0, -3) + 'y');
  if (word.endsWith('ied') && word.length > 4) push(word.slice(0, -3) + 'y');
  if (/(?:ss|sh|ch|x|z|o)es$/.test(word)) push(word.slice(0, -2));
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) push(word.slice(0, -1));
  if (word.endsWith('ed') && word.length > 4) {
    const base = word.slice(0, -2);
    if (VOWEL.test(base)) {
      push(base + 'e');
      push(base);
      push(undouble(base));
    }
  }
  if (word.endsWith('ing') && word.length > 5) {
    const base = word.slice(0, -3);
    if (VOWEL.test(base)) {
      push(base);
      push(base + 'e');
      push(undouble(base));
    }
  }
  // Forms of a plural or past built on one of the above: "reminders" -> "reminder".
  return out;
}

// English endings and their French counterparts (cognates): hydrologist -> hydrologue, legitimacy ->
// légitimité, negotiation -> négociation, hospital -> hôpital, military -> militaire, official -> officiel.
// Guesses, used only as more ways to satisfy a word the glossary does not know.
const COGNATES: Array<[RegExp, string]> = [
  [/ologists?$/, 'ologue'],
  [/ists?$/, 'iste'],
  [/isms?$/, 'isme'],
  [/ians?$/, 'ien'],
  [/ities$|ity$/, 'ité'],
  [/acy$/, 'atie'],
  [/ical$|ics?$/, 'ique'],
  [/ous$/, 'eux'],
  [/ives?$/, 'if'],
  [/ers?$/, 'eur'],
  [/ors?$/, 'eur'],
  [/aries$|ary$/, 'aire'],
  [/ories$|ory$/, 'oire'],
  [/als?$/, 'el'],
  [/ies$|y$/, 'ie'],
  [/ized?$|ised?$|izes$|ises$|izing$|ising$/, 'iser'],
  [/tiations?$/, 'ciation'],
  [/tiate[sd]?$/, 'cier'],
  [/ates?$|ated$/, 'er'],
  [/ments?$/, 'ment'],
  [/ences?$/, 'ence'],
  [/ances?$/, 'ance'],
];

/**
 * French-looking forms of an English word, by its ending and by the French habit of dropping an s before a
 * consonant (hospital -> hôpital, forest -> forêt, inquest -> enquête is too far and stays out).
 */
export function cognates(word: string): string[] {
  let cached = cognateCache.get(word);
  if (!cached) {
    cached = cognatesOf(word);
    if (cognateCache.size > CACHE_LIMIT) cognateCache.clear();
    cognateCache.set(word, cached);
  }
  return cached;
}

function cognatesOf(word: string): string[] {
  if (word.length < 5) return [];
  const out = new Set<string>();
  for (const [re, fr] of COGNATES) if (re.test(word)) out.add(word.replace(re, fr));
  for (const w of [word, ...out]) {
    const dropped = w.replace(/([aeiou])s(?=[bcdfgjklmnpqtvz])/, '$1');
    if (dropped !== w) out.add(dropped);
  }
  return [...out];
}
