/** Quoted words in a comparable form: case, curly marks, punctuation and ellipses set aside. */
export function normaliseQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}
