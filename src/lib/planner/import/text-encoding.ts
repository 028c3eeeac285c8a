/**
 * Which text encoding a file's bytes are in. Chinese GIS and spreadsheet files are often GBK
 * (Windows code page 936): a .dbf says so by its .cpg or its language byte, an XML file by its
 * declaration; a file that says nothing and is not valid UTF-8 is read as GB18030 (a superset of GBK),
 * with a warning.
 */

/** A .cpg's text (`UTF-8`, `936`, `GBK`, `GB2312`, `65001`…) as a TextDecoder label, or null. */
export function cpgEncoding(cpg: string): string | null {
  const label = cpg.replace(/^\uFEFF/, '').trim().toLowerCase();
  const table: Record<string, string> = { '65001': 'utf-8', utf8: 'utf-8', 'utf-8': 'utf-8', '936': 'gbk', cp936: 'gbk', gbk: 'gbk', gb2312: 'gbk', '54936': 'gb18030', gb18030: 'gb18030', '950': 'big5', big5: 'big5', '1252': 'windows-1252', ansi_1252: 'windows-1252' };
  const known = table[label] ?? (/^(ansi_|cp)?(\d+)$/.test(label) ? `windows-${label.replace(/\D/g, '')}` : label);
  return supported(known) ? known : null;
}

/**
 * The .dbf language-driver byte (offset 29) as an encoding; null for "none" and for the Western code
 * pages, which ArcGIS also writes for a Chinese system's "ANSI" (the bytes then decide).
 */
export function dbfLanguageEncoding(dbf: Uint8Array): string | null {
  const table: Record<number, string> = { 0x4d: 'gbk', 0x7a: 'gbk', 0x4f: 'big5', 0x78: 'big5', 0x4e: 'euc-kr', 0x13: 'shift_jis', 0x7b: 'shift_jis' };
  return dbf.length > 29 ? (table[dbf[29]] ?? null) : null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export type EncodingSource = 'cpg' | 'language byte' | 'utf-8' | 'guess' | 'declared' | 'bom';
export interface EncodingChoice {
  encoding: string;
  how: EncodingSource;
}

/** The encoding of bytes that declare none: UTF-8 when they are valid UTF-8, else a GB18030 guess. */
export function sniffEncoding(bytes: Uint8Array): EncodingChoice {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', how: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', how: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', how: 'bom' };
  return isValidUtf8(bytes) ? { encoding: 'utf-8', how: 'utf-8' } : { encoding: 'gb18030', how: 'guess' };
}

/** A .dbf's encoding: its .cpg, then its language byte, then UTF-8 or the GB18030 guess. */
export function dbfEncoding(dbf: Uint8Array, cpg: string | null): EncodingChoice {
  const fromCpg = cpg === null ? null : cpgEncoding(cpg);
  if (fromCpg) return { encoding: fromCpg, how: 'cpg' };
  const fromByte = dbfLanguageEncoding(dbf);
  if (fromByte) return { encoding: fromByte, how: 'language byte' };
  const headerLength = dbf.length > 10 ? dbf[8] | (dbf[9] << 8) : 0;
  const sniffed = sniffEncoding(dbf.subarray(Math.min(headerLength, dbf.length)));
  return sniffed.how === 'bom' ? { encoding: 'utf-8', how: 'utf-8' } : sniffed;
}

/** An XML file's encoding: its byte-order mark, then its declaration (`encoding="GBK"`), then sniffing. */
export function xmlEncoding(bytes: Uint8Array): EncodingChoice {
  const bom = sniffEncoding(bytes.subarray(0, 3));
  if (bom.how === 'bom') return bom;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    const label = declared === 'gb2312' ? 'gbk' : declared;
    if (supported(label)) return { encoding: label, how: 'declared' };
  }
  return sniffEncoding(bytes);
}

export function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
