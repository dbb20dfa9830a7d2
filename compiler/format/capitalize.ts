/** The text with its first letter in upper case: "the 5 signers" → "The 5 signers". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
