import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { talentDocuments } from '#src/db/schema';
import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { deleteDocumentBytes } from './document-storage';
import { touchTalentProfile } from './profile-records';
import { requireTalent } from './require-talent';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Deletes one of the talent's own documents, the file with it; NOT_FOUND for anyone else's. */
export async function deleteTalentDocument(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
  uploadDir: string;
  documentId: string;
}) {
  requireTalent(options.actor);
  if (!UUID.test(options.documentId)) throw new AppError('NOT_FOUND');
  const [removed] = await options.db
    .delete(talentDocuments)
    .where(
      and(eq(talentDocuments.id, options.documentId), eq(talentDocuments.accountId, options.actor.accountId)),
    )
    .returning({ storageKey: talentDocuments.storageKey, originalName: talentDocuments.originalName });
  if (!removed) throw new AppError('NOT_FOUND');
  await deleteDocumentBytes(options.uploadDir, removed.storageKey);
  await touchTalentProfile(options.db, options.actor.accountId);
  return { originalName: removed.originalName };
}
