// Bytes to text: the encoding is taken from a byte order mark, then what the transport or record
// declared, then what an HTML page declares about itself, then from the bytes themselves.
// Every path ends in clean text: NUL bytes and lone surrogates are removed.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

export interface DecodeHints {
  /** A charset declared outside the bytes (HTTP Content-Type, a record field). */
  declared?: string | null;
  /** HTML may declare its charset and, failing that, is guessed; plain text must be UTF-8. */
  html: boolean;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// An HTML page declares its charset in its first bytes (the HTML standard scans 1024; we allow more).
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;
const HTML_LANG = /<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})/i;
/** Legacy single-byte code pages of pages that declare a language but no charset. */
const LEGACY_BY_LANGUAGE: Record<string, string> = {
  ar: "windows-1256",
  fa: "windows-1256",
  ur: "windows-1256",
  he: "windows-1255",
  iw: "windows-1255",
  ru: "windows-1251",
  uk: "windows-1251",
  bg: "windows-1251",
  el: "windows-1253",
  tr: "windows-1254",
};

/** Removes what no text should carry: NUL bytes and unpaired UTF-16 surrogates. */
export function scrubText(text: string): string {
  return text.replace(/\0/g, "").replace(LONE_SURROGATE, "");
}

export function decodeBytes(bytes: Uint8Array, hints: DecodeHints): Decoded {
  if (bytes.length === 0) return { ok: false, problem: "empty file" };
  const encoding = byteOrderMark(bytes) ?? utf16WithoutMark(bytes);
  if (encoding) return decodeAs(bytes, encoding);
  if (looksBinary(bytes)) return { ok: false, problem: "binary file, not text or HTML" };
  // Valid UTF-8 with any non-ASCII byte is almost never an accident, while pages that declare
  // a legacy charset and are served as UTF-8 are common: the bytes win over the declaration.
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: scrubText(utf8), encoding: "utf-8" };
  const declared = supported(hints.declared) ?? (hints.html ? supported(metaCharset(bytes)) : null);
  if (declared && declared !== "utf-8") return decodeAs(bytes, declared);
  if (!hints.html)
    return { ok: false, problem: "text file is not UTF-8 (convert it, or give it as HTML with a charset)" };
  return decodeAs(bytes, guessLegacyEncoding(bytes));
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  const text =
    encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return { ok: true, text: scrubText(text), encoding };
}

// Node's TextDecoder reads windows-1252 as ISO-8859-1, leaving bytes 0x80-0x9F as C1 controls
// where the code page has curly quotes, dashes and the euro sign (0x81, 0x8D, 0x8F, 0x90, 0x9D
// are unassigned and stay as they are).
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1")
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function byteOrderMark(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

/** UTF-16 text without a mark: ASCII characters leave a zero byte in every other position. */
function utf16WithoutMark(b: Uint8Array): string | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

/** Control characters other than white space are rare in text and common in binary formats. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  return control > n * 0.05;
}

function headAscii(b: Uint8Array): string {
  return new TextDecoder("latin1").decode(b.subarray(0, SNIFF_BYTES));
}

function metaCharset(b: Uint8Array): string | null {
  return META_CHARSET.exec(headAscii(b))?.[1] ?? null;
}

/** The WHATWG name of a charset label, or null when the label is unknown. */
export function supported(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/**
 * Not UTF-8 and no charset declared: the page's language picks its legacy code page; failing
 * that, the shape of the high bytes separates Hebrew (letters 0xE0-0xFA only) and Arabic
 * (letters spread over 0xC1-0xFE) from Western text (few high bytes).
 */
function guessLegacyEncoding(b: Uint8Array): string {
  const lang = HTML_LANG.exec(headAscii(b))?.[1]?.toLowerCase();
  if (lang && LEGACY_BY_LANGUAGE[lang]) return LEGACY_BY_LANGUAGE[lang];
  let letters = 0;
  let high = 0;
  let hebrewRange = 0;
  for (const c of b) {
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c >= 0xc0) {
      high++;
      if (c >= 0xe0 && c <= 0xfa) hebrewRange++;
    }
  }
  if (high < (letters + high) * 0.3) return "windows-1252";
  return hebrewRange > high * 0.95 ? "iso-8859-8" : "windows-1256";
}
