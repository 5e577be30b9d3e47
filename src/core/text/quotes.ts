/** Quoted words in a comparable form: case, curly marks, punctuation and ellipses set aside. */
export function normaliseQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}

/** Straight and curly double quotation marks in a text. */
export const quoteMarkCount = (text: string) => (text.match(/["“”]/g) || []).length;

/** An opening mark after which no other mark stands: the quotation it opens is not closed. */
const OPENING_MARK = /(?:^|[\s:(])(["“])(?=[^"“”]*$)/;

/**
 * The mark of a quotation the text opens and leaves open ('She said: "We open at six.'), if any: an unmatched mark
 * that opens, not one that closes a quotation begun earlier ("…wiping of data.”").
 */
export function openQuotationMark(text: string): string | undefined {
  return quoteMarkCount(text) % 2 === 1 ? OPENING_MARK.exec(text)?.[1] : undefined;
}
