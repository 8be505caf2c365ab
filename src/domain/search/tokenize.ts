/**
 * Text → search tokens, the same on every database: NFKC (ＤＸ = DX, ｶﾀｶﾅ = カタカナ), lower case, Japanese runs
 * as character bigrams and trigrams (plus the run's last character), Latin words whole. Documents and queries
 * share `normalizeSearchText`; a query additionally drops particles (via Intl.Segmenter), expands synonyms
 * and looks a word of three or more characters up by its trigrams. See docs/decisions/0003-japanese-search.md
 * and 0016-search-at-scale.md.
 */

/** Kanji, hiragana, katakana and the marks that live inside Japanese words (ー 々 〆 ヶ). */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006]/u;
/** Runs of letters, digits and marks: everything else (spaces, punctuation, symbols, emoji) separates. */
const WORD_RUN = /[\p{L}\p{N}\p{M}\u30fc\u3005\u3006]+/gu;
/** Longest lexeme kept; longer Latin "words" (hashes, URLs run together) are cut. */
const MAX_LEXEME_LENGTH = 64;

export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function isCjkChar(char: string): boolean {
  return CJK_CHAR.test(char);
}

/** Splits a letters-and-digits run into alternating Japanese and non-Japanese pieces. */
function splitScripts(run: string): { cjk: boolean; text: string }[] {
  const pieces: { cjk: boolean; text: string }[] = [];
  for (const char of run) {
    const cjk = isCjkChar(char);
    const last = pieces.at(-1);
    if (last && last.cjk === cjk) last.text += char;
    else pieces.push({ cjk, text: char });
  }
  return pieces;
}

function latinToken(word: string): string {
  return word.length <= MAX_LEXEME_LENGTH ? word : [...word].slice(0, MAX_LEXEME_LENGTH).join('');
}

/** A Japanese run, or a run of other letters and digits. */
const SCRIPT_RUN =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006]+)|((?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006])[\p{L}\p{N}\p{M}])+)/gu;

/** Adds the tokens of a document text to `tokens`. */
function addDocumentTokens(text: string, tokens: Set<string>): void {
  for (const match of normalizeSearchText(text).matchAll(SCRIPT_RUN)) {
    if (match[1] !== undefined) {
      const run = match[1];
      // Runs are mostly BMP characters; index by UTF-16 unit then, by code point otherwise.
      const chars = /[\ud800-\udfff]/.test(run) ? [...run] : run;
      const last = chars.length - 1;
      for (let i = 0; i < last; i += 1) {
        tokens.add(chars[i]! + chars[i + 1]!);
        if (i + 2 <= last) tokens.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
      }
      tokens.add(chars[last]!);
    } else {
      tokens.add(latinToken(match[2]!));
    }
  }
}

/** The tokens of a document text (duplicates removed, in first-seen order). */
export function documentTokens(text: string): string[] {
  const tokens = new Set<string>();
  addDocumentTokens(text, tokens);
  return [...tokens];
}

// ---------------------------------------------------------------------------------------------------------
// Synonyms

/** Words searched as one another (normalised). A query for any finds all. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['副業', '複業', '兼業'],
  ['dx', 'デジタルトランスフォーメーション'],
  ['リモート', 'テレワーク', '在宅', 'remote', 'telework'],
  ['インターン', 'インターンシップ', 'intern', 'internship'],
  ['ワーケーション', 'workation'],
];

const synonymsByWord = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) {
  for (const word of group) synonymsByWord.set(normalizeSearchText(word), group.map(normalizeSearchText));
}
/** Japanese synonym words, longest first, for finding them inside a query run. */
const cjkSynonymWords = [...synonymsByWord.keys()]
  .filter((word) => [...word].every(isCjkChar))
  .sort((a, b) => b.length - a.length);

// ---------------------------------------------------------------------------------------------------------
// Queries

export interface QueryLexeme {
  text: string;
  /** Match every token starting with the text (a one-character Japanese term). */
  prefix: boolean;
}

/** One thing the query asks for: any of the alternatives, each an AND of lexemes. */
export interface QueryTerm {
  /** The words as the user wrote them (normalised), for display. */
  label: string;
  /** The words that satisfy the term (the word and its synonyms), normalised: for ranking by title. */
  words: string[];
  /** Per word, the lexemes that must all be in a document. */
  alternatives: QueryLexeme[][];
}

/** Particles and function words the segmenter isolates; they join words rather than carry meaning. */
const STOP_WORDS = new Set([
  'の',
  'で',
  'を',
  'に',
  'が',
  'は',
  'と',
  'や',
  'へ',
  'も',
  'な',
  'から',
  'まで',
  'より',
  'など',
  'ため',
  'および',
  'または',
  'です',
  'ます',
  'する',
  'できる',
]);

const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;
const MAX_LEXEMES_PER_ALTERNATIVE = 24;

let segmenter: Intl.Segmenter | undefined;
function wordSegments(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return [...segmenter.segment(text)].map((segment) => segment.segment);
}

/** From this length on, a word is looked up by trigrams that cover it rather than by all of them. */
const COVER_FROM_LENGTH = 7;

/**
 * The n-grams a Japanese word must have. A one-character word matches by prefix ('市':*), a two-character one
 * by its bigram. Longer words use trigrams, whose posting lists are far shorter than bigrams' (「イン」 is in
 * almost every listing, 「インタ」 only where インターン or インタビュー is): all of them up to six characters, so
 * 「インターン」 needs インタ・ンター・ターン. A longer word is looked up by trigrams that cover every character
 * with the least overlap (デジタ・ルトラ・ンスフ・ォーメ・ーショ・ション): fewer index entries to read, and a text holding
 * all of them but not the word is, at that length, practically non-existent.
 */
function cjkAlternative(text: string): QueryLexeme[] {
  const chars = [...text];
  if (chars.length === 1) return [{ text, prefix: true }];
  if (chars.length === 2) return [{ text, prefix: false }];
  const trigram = (i: number) => chars[i]! + chars[i + 1]! + chars[i + 2]!;
  const grams: string[] = [];
  const step = chars.length >= COVER_FROM_LENGTH ? 3 : 1;
  for (let i = 0; i + 2 < chars.length; i += step) grams.push(trigram(i));
  if ((chars.length - 3) % step !== 0) grams.push(trigram(chars.length - 3));
  return [...new Set(grams)]
    .slice(0, MAX_LEXEMES_PER_ALTERNATIVE)
    .map((gram) => ({ text: gram, prefix: false }));
}

/**
 * A term for a word and its synonyms. A Japanese synonym that contains another one (インターンシップ contains
 * インターン) adds nothing to a substring match, so only the shorter is searched for.
 */
function synonymTerm(label: string, words: readonly string[]): QueryTerm {
  const isJapanese = (word: string) => [...word].every(isCjkChar);
  const searched = words.filter(
    (word) =>
      !isJapanese(word) ||
      !words.some((other) => other !== word && isJapanese(other) && word.includes(other)),
  );
  return {
    label,
    words: [...words],
    alternatives: searched.map((word) =>
      isJapanese(word) ? cjkAlternative(word) : [{ text: latinToken(word), prefix: false }],
    ),
  };
}

function cjkTerm(text: string): QueryTerm {
  return synonymTerm(text, synonymsByWord.get(text) ?? [text]);
}

/** Splits a Japanese run at particles, then around synonym words, into terms. */
function cjkRunTerms(run: string): QueryTerm[] {
  const pieces: string[] = [];
  let current = '';
  const segments = wordSegments(run);
  for (const segment of segments) {
    if (segments.length > 1 && STOP_WORDS.has(segment)) {
      if (current) pieces.push(current);
      current = '';
    } else {
      current += segment;
    }
  }
  if (current) pieces.push(current);

  const terms: QueryTerm[] = [];
  for (const piece of pieces) {
    let rest = piece;
    while (rest) {
      let found: { index: number; word: string } | undefined;
      for (const word of cjkSynonymWords) {
        const index = rest.indexOf(word);
        if (index >= 0 && (!found || index < found.index)) found = { index, word };
      }
      if (!found) {
        terms.push(cjkTerm(rest));
        break;
      }
      if (found.index > 0) terms.push(cjkTerm(rest.slice(0, found.index)));
      terms.push(cjkTerm(found.word));
      rest = rest.slice(found.index + found.word.length);
    }
  }
  return terms;
}

function latinTerm(word: string): QueryTerm {
  const token = latinToken(word);
  return synonymTerm(token, synonymsByWord.get(token) ?? [token]);
}

/**
 * A user's query as terms, all of which must match. Odd input (quotes, operators, emoji, very long text)
 * simply yields fewer terms; nothing is passed on as syntax.
 */
export function parseSearchQuery(query: string): QueryTerm[] {
  const text = normalizeSearchText(query).slice(0, MAX_QUERY_LENGTH);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(WORD_RUN)) {
    for (const piece of splitScripts(match[0])) {
      for (const term of piece.cjk ? cjkRunTerms(piece.text) : [latinTerm(piece.text)]) {
        const key = JSON.stringify(term.alternatives);
        if (seen.has(key)) continue;
        seen.add(key);
        terms.push(term);
      }
    }
  }
  return terms.slice(0, MAX_TERMS);
}

/** A lexeme as a quoted tsvector / tsquery literal: backslashes and single quotes escaped. */
export function quoteLexeme(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * One tsquery text per parsed term (each must match), or an empty list when there is nothing to search for.
 * Every lexeme is quoted, so no user text is ever read as tsquery syntax; pass each as a parameter cast to
 * tsquery. Separate `@@` conditions let the GIN index intersect the terms' posting lists by skipping ahead,
 * where one combined query would read them all.
 */
export function termTsqueries(terms: readonly QueryTerm[]): string[] {
  return terms
    .map((term) => {
      const alternatives = term.alternatives
        .filter((alternative) => alternative.length > 0)
        .map(
          (alternative) =>
            `(${alternative.map((lexeme) => quoteLexeme(lexeme.text) + (lexeme.prefix ? ':*' : '')).join(' & ')})`,
        );
      return alternatives.length ? `(${alternatives.join(' | ')})` : null;
    })
    .filter((part): part is string => part !== null);
}

/** All terms as one tsquery text (see `termTsqueries`), or null when there is nothing to search for. */
export function toTsquery(terms: readonly QueryTerm[]): string | null {
  const parts = termTsqueries(terms);
  return parts.length ? parts.join(' & ') : null;
}

/**
 * The tsvector text of a document: every token of its texts once, plus the given extra lexemes (facet
 * values). No positions: matching needs none, and ranking reads the stored title instead.
 */
export function toTsvector(texts: readonly string[], extraLexemes: readonly string[] = []): string {
  const tokens = new Set<string>();
  for (const text of texts) addDocumentTokens(text, tokens);
  for (const lexeme of extraLexemes) tokens.add(lexeme);
  return [...tokens].map(quoteLexeme).join(' ');
}
