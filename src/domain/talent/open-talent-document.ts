import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { talentDocuments } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import { requireTalentProfileAccess } from './can-view-talent-profile';
import { attachmentDisposition, documentExists, readDocumentStream } from './document-storage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A document for download: the owner's own (no talentId), or a talent's for someone the access
 * rule lets see documents (an application relation, or an admin). NOT_FOUND otherwise.
 */
export async function openTalentDocument(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
  uploadDir: string;
  documentId: string;
  /** The talent whose document it is, when someone else asks for it. */
  talentId?: string;
}) {
  requireActor(options.actor);
  const ownerId = options.talentId ?? options.actor.accountId;
  if (!UUID.test(options.documentId) || !UUID.test(ownerId)) throw new AppError('NOT_FOUND');
  if (options.talentId !== undefined && options.talentId !== options.actor.accountId) {
    await requireTalentProfileAccess({
      db: options.db,
      actor: options.actor,
      talentId: options.talentId,
      need: 'documents',
    });
  }
  const [document] = await options.db
    .select({
      originalName: talentDocuments.originalName,
      storageKey: talentDocuments.storageKey,
      sizeBytes: talentDocuments.sizeBytes,
    })
    .from(talentDocuments)
    .where(and(eq(talentDocuments.id, options.documentId), eq(talentDocuments.accountId, ownerId)));
  // A record whose file is gone (a restored database without its uploads) is as good as missing.
  if (!document || !(await documentExists(options.uploadDir, document.storageKey)))
    throw new AppError('NOT_FOUND');
  return {
    originalName: document.originalName,
    sizeBytes: document.sizeBytes,
    stream: () => readDocumentStream(options.uploadDir, document.storageKey),
  };
}

/** The download response: a PDF attachment, never sniffed, never cached. */
export function documentDownloadResponse(document: Awaited<ReturnType<typeof openTalentDocument>>): Response {
  return new Response(document.stream(), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(document.sizeBytes),
      'Content-Disposition': attachmentDisposition(document.originalName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
