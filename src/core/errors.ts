/** Bad input the user can fix: a file that is missing, binary, badly encoded, too large or malformed. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${problem}`);
    this.name = "InputError";
  }
}
