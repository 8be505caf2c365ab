/** Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;

/** Text or attribute content, escaped for XML; characters XML cannot carry are dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, (char, offset: number, whole: string) => {
      // Keep well-formed surrogate pairs (emoji and other astral characters).
      const code = char.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = whole.charCodeAt(offset + 1);
        return next >= 0xdc00 && next <= 0xdfff ? char : '';
      }
      if (code >= 0xdc00 && code <= 0xdfff) {
        const previous = whole.charCodeAt(offset - 1);
        return previous >= 0xd800 && previous <= 0xdbff ? char : '';
      }
      return '';
    })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
