import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

/*
 * Résumé / portfolio files live under the configured upload directory (outside build/ and
 * public/, never served statically), each under a random key that says nothing about its owner.
 */

const KEY_PATTERN = /^[0-9a-f]{48}$/;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Whether the bytes start with the PDF signature, whatever the file is called or claims to be. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= PDF_MAGIC.length && PDF_MAGIC.every((byte, index) => bytes[index] === byte);
}

function pathFor(uploadDir: string, storageKey: string): string {
  if (!KEY_PATTERN.test(storageKey)) throw new Error('invalid storage key');
  return path.join(path.resolve(uploadDir), 'talent-documents', storageKey.slice(0, 2), `${storageKey}.pdf`);
}

export async function storeDocumentBytes(uploadDir: string, bytes: Uint8Array) {
  const storageKey = randomBytes(24).toString('hex');
  const file = pathFor(uploadDir, storageKey);
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await fs.writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
  return { storageKey, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function deleteDocumentBytes(uploadDir: string, storageKey: string) {
  await fs.rm(pathFor(uploadDir, storageKey), { force: true });
}

export async function documentExists(uploadDir: string, storageKey: string): Promise<boolean> {
  try {
    return (await fs.stat(pathFor(uploadDir, storageKey))).isFile();
  } catch {
    return false;
  }
}

export function readDocumentStream(uploadDir: string, storageKey: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(pathFor(uploadDir, storageKey))) as ReadableStream<Uint8Array>;
}

/** The name as shown and offered for download: no folders, no control characters, at most 120 characters. */
export function cleanDocumentName(name: string): string {
  const base = (name.split(/[/\\]/u).pop() ?? '')
    .normalize('NFC')
    .replace(/\p{Cc}|"/gu, '')
    .trim();
  if (!base) return 'document.pdf';
  if (base.length <= 120) return base;
  const extension = /\.pdf$/iu.test(base) ? base.slice(-4) : '';
  return base.slice(0, 120 - extension.length) + extension;
}

/**
 * Content-Disposition for a download: an ASCII fallback name plus the real one encoded per
 * RFC 5987 / RFC 6266 (filename*=UTF-8''…), which browsers use for Japanese names.
 */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/gu, '_').replace(/["\\]/gu, '_') || 'document.pdf';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/gu,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
