import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { talentDocuments } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { cleanDocumentName, deleteDocumentBytes, isPdf, storeDocumentBytes } from './document-storage';
import { ensureTalentProfileRow, touchTalentProfile } from './profile-records';
import { requireTalent } from './require-talent';
import { DOCUMENT_KINDS, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_TALENT, type DocumentKind } from './types';

function invalid(messageKey: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('INVALID_INPUT', messageKey, { file: messageKey }, params);
}

/**
 * Stores a résumé or portfolio PDF for the talent. The bytes must be a PDF (checked by their
 * signature, not the file name or the browser's claim), at most 5 MB; at most 5 documents each.
 */
export async function uploadTalentDocument(options: {
  db: Db;
  actor: Actor | null | undefined;
  uploadDir: string;
  file: { name: string; bytes: Uint8Array };
  kind?: string;
}) {
  requireTalent(options.actor);
  const accountId = options.actor.accountId;
  const displayName = options.actor.displayName;
  const { bytes } = options.file;
  const kind: DocumentKind = (DOCUMENT_KINDS as readonly string[]).includes(options.kind ?? '')
    ? (options.kind as DocumentKind)
    : 'resume';
  if (bytes.length === 0) throw invalid('talent.documents.errors.empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw invalid('talent.documents.errors.tooLarge', { max: 5 });
  if (!isPdf(bytes)) throw invalid('talent.documents.errors.notPdf');

  const stored = await storeDocumentBytes(options.uploadDir, bytes);
  try {
    return await options.db.transaction(async (tx) => {
      await ensureTalentProfileRow(tx, accountId, displayName);
      // Serialises concurrent uploads by the same talent so the limit holds.
      await tx.execute(sql`select 1 from talent_profiles where account_id = ${accountId} for update`);
      const [{ total } = { total: 0 }] = await tx
        .select({ total: count() })
        .from(talentDocuments)
        .where(eq(talentDocuments.accountId, accountId));
      if (total >= MAX_DOCUMENTS_PER_TALENT) {
        throw invalid('talent.documents.errors.tooMany', { max: MAX_DOCUMENTS_PER_TALENT });
      }
      const [row] = await tx
        .insert(talentDocuments)
        .values({
          accountId,
          kind,
          originalName: cleanDocumentName(options.file.name),
          storageKey: stored.storageKey,
          sizeBytes: bytes.length,
          sha256: stored.sha256,
        })
        .returning({
          id: talentDocuments.id,
          kind: talentDocuments.kind,
          originalName: talentDocuments.originalName,
          sizeBytes: talentDocuments.sizeBytes,
          sha256: talentDocuments.sha256,
          createdAt: talentDocuments.createdAt,
        });
      await touchTalentProfile(tx, accountId);
      return row!;
    });
  } catch (error) {
    await deleteDocumentBytes(options.uploadDir, stored.storageKey);
    throw error;
  }
}
