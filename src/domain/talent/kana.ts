/**
 * Furigana for names. People type them in hiragana or katakana, full- or half-width; we store
 * full-width katakana (フリガナ), the form Japanese forms and sorting expect.
 */

const KATAKANA_NAME = /^[\u30a1-\u30f6\u30fc\u30fb\u3000 ]+$/u;

/** Hiragana → katakana; NFKC turns half-width katakana (ﾔﾏﾀﾞ) into full width and joins voiced marks. */
export function toKatakana(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether the text is a name reading in kana only (hiragana, katakana, long-vowel mark, middle dot, spaces). */
export function isKana(text: string): boolean {
  const katakana = toKatakana(text);
  return katakana.length > 0 && KATAKANA_NAME.test(katakana);
}

/** The reading as full-width katakana, or null when it contains anything but kana. */
export function normalizeKana(text: string): string | null {
  return isKana(text) ? toKatakana(text) : null;
}
