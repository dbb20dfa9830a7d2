/**
 * The most any command reads from one file or from standard input: 64 MB. Documents stop at 5 MB (loadDocument
 * says so); vote lists for `charter tally` may be larger.
 */
export const maxInputBytes = 64 * 1024 * 1024;
