import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  attachmentDisposition,
  cleanDocumentName,
  deleteDocumentBytes,
  isPdf,
  readDocumentStream,
  storeDocumentBytes,
} from './document-storage';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagu-docs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('document storage', () => {
  it('recognises PDFs by their first bytes, not their name', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.7\n%%EOF'))).toBe(true);
    expect(isPdf(new TextEncoder().encode('%PDF'))).toBe(false);
    expect(isPdf(new TextEncoder().encode('<html>%PDF-1.4'))).toBe(false);
    expect(isPdf(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
  });

  it('stores bytes under a random key with their SHA-256, reads and deletes them', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nhello\n%%EOF');
    const stored = await storeDocumentBytes(dir, bytes);
    expect(stored.storageKey).toMatch(/^[0-9a-f]{48}$/);
    expect(stored.sha256).toBe(createHash('sha256').update('%PDF-1.4\nhello\n%%EOF').digest('hex'));
    const read = Buffer.from(await new Response(readDocumentStream(dir, stored.storageKey)).arrayBuffer());
    expect(read.toString()).toBe('%PDF-1.4\nhello\n%%EOF');
    await deleteDocumentBytes(dir, stored.storageKey);
    expect(fs.readdirSync(path.join(dir, 'talent-documents', stored.storageKey.slice(0, 2)))).toEqual([]);
    expect(() => readDocumentStream(dir, '../../etc/passwd')).toThrow('invalid storage key');
  });

  it('cleans names and encodes them for Content-Disposition (RFC 5987)', () => {
    expect(cleanDocumentName('C:\\Users\\hanako\\職務経歴書.pdf')).toBe('職務経歴書.pdf');
    expect(cleanDocumentName('../../"evil"\n.pdf')).toBe('evil.pdf');
    expect(cleanDocumentName('   ')).toBe('document.pdf');
    expect(cleanDocumentName(`${'あ'.repeat(200)}.pdf`)).toHaveLength(120);
    expect(attachmentDisposition('職務経歴書 (2024).pdf')).toBe(
      `attachment; filename="_____ (2024).pdf"; filename*=UTF-8''%E8%81%B7%E5%8B%99%E7%B5%8C%E6%AD%B4%E6%9B%B8%20%282024%29.pdf`,
    );
    expect(attachmentDisposition("resume's.pdf")).toBe(
      `attachment; filename="resume's.pdf"; filename*=UTF-8''resume%27s.pdf`,
    );
  });
});
