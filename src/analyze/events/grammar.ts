// Closed-class English words that the syntax-light argument finder leans on. These are grammar,
// not domain knowledge, so they live beside the code rather than in knowledge/events.json.

const set = (words: string) => new Set(words.split(" "));

export const DETERMINERS = set(
  "the a an this that these those its their his her our your my some any several many most few all both each every no another other such",
);

export const PRONOUNS = set("he she it they we i you him them us who whom");

/** Possessive determiners of a third party or the speaker's side: "their release", "its troops". */
export const POSSESSIVES = set("its their his her our");

/** Forms of "be" that, before a participle, make a passive. */
export const BE_FORMS = set("is are was were be been being");

/** Words that may stand between a subject and its verb without ending the search. */
export const AUXILIARIES = set(
  "has have had having is are was were be been being do does did will would shall should can could may might must also already reportedly allegedly repeatedly recently then later earlier again still not never just once now jointly finally formally officially publicly reportedly apparently quickly immediately",
);

/** Prepositions whose object is a place or a time, not a participant. */
export const PLACE_PREPOSITIONS = set(
  "in near inside outside across throughout around within along over under beyond",
);

/** Nouns of a kind of place, which a place's name may follow: "the city of Kharkiv". */
export const PLACE_NOUNS = set(
  "city cities town towns village villages province region district capital port suburb neighbourhood neighborhood area",
);

/** Conjunctions of a condition that someone must meet first: "until Southland frees the crew". */
export const CONDITIONS = set("until unless");

/** Words that close the clause a subject or object is sought in. */
export const CLAUSE_BREAKS = set(
  "; : that which who whom whose because after before when while as but although though since until unless if whereas where",
);

/**
 * Capitalized words that open sentences or name times: never the start of a name. Auxiliaries
 * open questions and inverted conditions ("Had he acted sooner", "Should she resign"); "Will"
 * and "Can" are left out, as they are also given names.
 */
export const NOT_NAMES = set(
  "be am is are was were have has had do does did would should could might must shall the a an in on at after before during since for from to of by with as but and or if when while although though however meanwhile also it its he she they we i this that these those there their his her our one two three some many most last next earlier later monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december feb apr jun jul aug sep sept oct nov dec today yesterday tomorrow according speaking asked mr mrs ms no not yet still now then what why how where who which nevertheless moreover despite under over amid up about around nearly almost more less fewer some thousands hundreds dozens tens millions scores several many senior top angry every each all both unnamed ousted main leading prominent recent",
);

/** Days, months and relative days: "on Monday" is a time, not a participant or a particle. */
export const TIME_WORDS = set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow tonight",
);

/** Nouns of quantity or membership: "thousands of Kurds" and "members of the council" name the Kurds and the council. */
export const QUANTITIES = set(
  "thousands hundreds dozens millions scores tens number numbers group groups some most many all part member members leaders leader",
);

/** Name particles that join the parts of a name: "Osama bin Laden", "Ahmed Ben Bella". */
export const NAME_PARTICLES = set("bin ibn al el de del da di du van von der la le abu ben");

/**
 * Points of the compass that qualify a place: "in southeastern Turkey", "in northern Syria"
 * (not "north" or "west", which are places themselves: "against the West").
 */
export const DIRECTIONS = set(
  "northern southern eastern western central northeastern northwestern southeastern southwestern",
);

/** Words between a preposition and its phrase that are no part of a name: "in the two", "in northern". */
export function isFiller(word: string): boolean {
  return DETERMINERS.has(word) || isNumber(word) || DIRECTIONS.has(word);
}

export function isNumber(word: string): boolean {
  return /^\d[\d,.]*$/.test(word) || NUMBER_WORDS.has(word);
}

const NUMBER_WORDS = set(
  "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred",
);

/** "al-Abbasi", "bin-Salman": a name with a particle. */
const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|de|van|von)-\p{Lu}/u;

export function isCapitalized(text: string): boolean {
  const first = text[0] ?? "";
  if (first !== first.toLowerCase()) return true;
  return text[2] === "-" || text[3] === "-" ? PARTICLE_NAME.test(text) : false;
}
