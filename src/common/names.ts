// How model and eval names are compared: after Unicode NFC normalisation, without invisible characters and
// surrounding spaces, and ignoring letter case. Names that differ only invisibly are one name, and are reported.

// Zero-width and formatting characters that render as nothing: soft hyphen, Mongolian vowel separator, zero-width
// space/joiners, direction marks and embeddings, word joiner and invisible operators, the byte-order mark.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** Keys already computed: a repository's results name a few models, evals and metrics thousands of times over. */
const keys = new Map<string, string>();
/** Names remembered at most, and the longest remembered, so that a long-running server's memory stays bounded. */
const MAX_KEYS = 10_000;
const MAX_REMEMBERED_LENGTH = 256;

/** The key two names are compared by. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.normalize('NFC').replace(INVISIBLE, '').trim().toLowerCase();
    if (name.length > MAX_REMEMBERED_LENGTH) return key;
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** True when a name holds characters a reader cannot see: invisible ones, or spaces at either end. */
export function hasInvisibleParts(name: string): boolean {
  const nfc = name.normalize('NFC');
  return nfc.replace(INVISIBLE, '').trim() !== nfc;
}

/** The name with its invisible characters shown as \u{…} escapes, for messages. */
export function showInvisible(name: string): string {
  return JSON.stringify(name.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`));
}
