/**
 * The key under which a member is compared: 0x addresses in lower case, so that checksummed and plain spellings of
 * one address are one member; any other name (a simulated voter) exactly as written.
 */
export function sameMember(name: string): string {
  return /^0x[0-9a-fA-F]{40}$/.test(name) ? name.toLowerCase() : name;
}
