// lz-string is CommonJS: its default export is the module object, in Node's ESM as in Vite.
import LZString from 'lz-string';
import { keccak256, stringToBytes } from 'viem';
import {
  type CharterDocument,
  canonicalJson,
  type Diagnostic,
  parseDocument,
} from '../../../compiler/index.ts';
import { decompressBounded } from './decompress-bounded.ts';

/** What comes before the payload in the URL fragment: `#share=`. */
export const shareLinkPrefix = '#share=';

/** The format of the payload; a link of any other version is refused rather than guessed at. */
export const shareLinkVersion = '1';

/**
 * The longest fragment (in characters, `#share=` included) Charter writes or reads. Chromium keeps URLs of up to
 * 2 MB, but chat apps, mail clients and URL bars cut links far shorter; 32,000 characters is about the most that
 * survives being pasted around. A longer document should be shared as a file.
 */
export const maxShareLinkLength = 32_000;

/** Why a share link could not be read. Each has a message under `review.linkErrors`. */
export type ShareLinkProblem =
  | 'not-a-link'
  | 'too-long'
  | 'too-big'
  | 'version'
  | 'malformed'
  | 'corrupt'
  | 'checksum'
  | 'not-a-document';

/** What {@link decodeShareLink} gives: the whole document, or nothing and why (with the loader's first problem). */
export type DecodeShareLinkReturnType =
  | { ok: true; document: CharterDocument }
  | { ok: false; problem: ShareLinkProblem; detail?: Diagnostic };

/** What {@link encodeShareLink} gives: the fragment, or why the document cannot travel in one. */
export type EncodeShareLinkReturnType =
  | { ok: true; fragment: string }
  | { ok: false; problem: 'too-long'; length: number };

/** The first 8 hex digits (32 bits) of the keccak256 of the document's canonical JSON: catches cuts and typos. */
function checksum(json: string): string {
  return keccak256(stringToBytes(json)).slice(2, 10);
}

/**
 * The URL fragment that carries `document` whole: `#share=1.<checksum>.<lz-string payload>`, the payload being the
 * canonical JSON compressed with lz-string's URI-safe alphabet (which has no `.`). Refused over
 * {@link maxShareLinkLength}.
 */
export function encodeShareLink(document: CharterDocument): EncodeShareLinkReturnType {
  const json = canonicalJson(document);
  const fragment = `${shareLinkPrefix}${shareLinkVersion}.${checksum(json)}.${LZString.compressToEncodedURIComponent(json)}`;
  if (fragment.length > maxShareLinkLength)
    return { ok: false, problem: 'too-long', length: fragment.length };
  return { ok: true, fragment };
}

/** The fragment of a pasted link: a whole URL, a `#share=…` fragment, or the payload after `share=`. */
function fragmentOf(text: string): string | undefined {
  const trimmed = text.trim();
  const at = trimmed.indexOf(shareLinkPrefix);
  if (at >= 0) return trimmed.slice(at);
  if (trimmed.startsWith('share=')) return `#${trimmed}`;
  return undefined;
}

/**
 * Reads the document a share link carries, checking everything before anything is used: the prefix, the length,
 * the version, the unpacked size (bounded while unpacking), the checksum of the decompressed text, and then the strict loader (size, depth, forbidden keys,
 * shape). A link that fails any check gives no document at all. Never throws, on any text.
 */
export function decodeShareLink(text: string): DecodeShareLinkReturnType {
  const fragment = fragmentOf(text);
  if (fragment === undefined) return { ok: false, problem: 'not-a-link' };
  if (fragment.length > maxShareLinkLength) return { ok: false, problem: 'too-long' };
  const [version, sum, payload, ...rest] = fragment.slice(shareLinkPrefix.length).split('.');
  if (version !== shareLinkVersion)
    return { ok: false, problem: sum === undefined ? 'malformed' : 'version' };
  if (rest.length > 0 || !sum || !/^[0-9a-f]{8}$/.test(sum) || !payload)
    return { ok: false, problem: 'malformed' };
  // Unpacked with a bound: a short link can otherwise unpack to hundreds of megabytes before any check.
  const unpacked = decompressBounded(payload);
  if (!unpacked.ok) return { ok: false, problem: 'too-big' };
  const json = unpacked.text;
  if (!json) return { ok: false, problem: 'corrupt' };
  if (checksum(json) !== sum) return { ok: false, problem: 'checksum' };
  const loaded = parseDocument(json);
  if (!loaded.ok) return { ok: false, problem: 'not-a-document', detail: loaded.diagnostics[0] };
  return { ok: true, document: loaded.document };
}
