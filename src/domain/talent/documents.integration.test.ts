import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#src/db/client';
import { programmes } from '#src/db/schema';
import { addMember, buildAccount, buildOrganisation } from '../../../tests/factories/accounts';
import { buildApplication, buildBareOpportunity } from '../../../tests/factories/applications';
import { buildTalent } from '../../../tests/factories/talent';
import { createTestDatabase } from '../../../tests/support/db';
import { loadActor } from '../accounts/sessions';
import { deleteTalentDocument } from './delete-talent-document';
import { documentDownloadResponse, openTalentDocument } from './open-talent-document';
import { uploadTalentDocument } from './upload-talent-document';
import type { ProfileVisibility } from './types';

let handle: DatabaseHandle;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagu-talent-docs-'));
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

async function actorFor(accountId: string) {
  const account = (await handle.db.query.accounts.findFirst({ where: (a, { eq }) => eq(a.id, accountId) }))!;
  return loadActor({ db: handle.db, account: { ...account, accountId: account.id } });
}

const pdf = (text = 'résumé') =>
  new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

function storedFiles(): string[] {
  const root = path.join(uploadDir, 'talent-documents');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

async function talentWith(visibility: ProfileVisibility = 'applied_hosts') {
  const talent = await buildTalent({ db: handle.db, visibility });
  return { talent, actor: await actorFor(talent.id) };
}

describe('uploading résumé / portfolio PDFs', () => {
  it('stores a PDF outside the web root with its size, SHA-256 and cleaned name', async () => {
    const { actor } = await talentWith();
    const before = storedFiles().length;
    const document = await uploadTalentDocument({
      db: handle.db,
      actor,
      uploadDir,
      file: { name: 'C:\\fakepath\\職務経歴書.pdf', bytes: pdf() },
      kind: 'portfolio',
    });
    expect(document).toMatchObject({
      originalName: '職務経歴書.pdf',
      kind: 'portfolio',
      sizeBytes: pdf().length,
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(storedFiles().length).toBe(before + 1);
  });

  it('rejects bytes that are not a PDF even when named .pdf, empty files and files over 5 MB', async () => {
    const { actor } = await talentWith();
    const before = storedFiles().length;
    await expect(
      uploadTalentDocument({
        db: handle.db,
        actor,
        uploadDir,
        file: { name: 'cv.pdf', bytes: new TextEncoder().encode('<html>not a pdf</html>') },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', messageKey: 'talent.documents.errors.notPdf' });
    await expect(
      uploadTalentDocument({
        db: handle.db,
        actor,
        uploadDir,
        file: { name: 'cv.pdf', bytes: new Uint8Array() },
      }),
    ).rejects.toMatchObject({ messageKey: 'talent.documents.errors.empty' });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdf());
    await expect(
      uploadTalentDocument({ db: handle.db, actor, uploadDir, file: { name: 'big.pdf', bytes: big } }),
    ).rejects.toMatchObject({ messageKey: 'talent.documents.errors.tooLarge' });
    expect(storedFiles().length).toBe(before);
  });

  it('keeps at most 5 documents per talent and leaves no orphan file when refusing', async () => {
    const { actor } = await talentWith();
    for (let i = 0; i < 5; i++) {
      await uploadTalentDocument({
        db: handle.db,
        actor,
        uploadDir,
        file: { name: `${i}.pdf`, bytes: pdf(String(i)) },
      });
    }
    const before = storedFiles().length;
    await expect(
      uploadTalentDocument({ db: handle.db, actor, uploadDir, file: { name: '6.pdf', bytes: pdf('6') } }),
    ).rejects.toMatchObject({ messageKey: 'talent.documents.errors.tooMany' });
    expect(storedFiles().length).toBe(before);
  });

  it('is for talent accounts only', async () => {
    const host = await actorFor((await buildAccount({ db: handle.db, role: 'host' })).id);
    await expect(
      uploadTalentDocument({ db: handle.db, actor: host, uploadDir, file: { name: 'x.pdf', bytes: pdf() } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('downloading and deleting documents', () => {
  async function scenario(visibility: ProfileVisibility) {
    const db = handle.db;
    const { talent, actor: owner } = await talentWith(visibility);
    const hostOrg = await buildOrganisation({ db });
    const coordinatorOrg = await buildOrganisation({ db, kind: 'municipality' });
    const otherOrg = await buildOrganisation({ db });
    const [programme] = await db
      .insert(programmes)
      .values({ slug: `p-${hostOrg.slug}`, name: 'テスト', coordinatorOrganisationId: coordinatorOrg.id })
      .returning();
    const opportunity = await buildBareOpportunity({
      db,
      organisationId: hostOrg.id,
      programmeId: programme!.id,
    });
    await buildApplication({ db, opportunityId: opportunity.id, applicantId: talent.id });
    const member = async (organisationId: string, role: 'host' | 'coordinator') => {
      const account = await buildAccount({ db, role });
      await addMember({ db, organisationId, accountId: account.id });
      return actorFor(account.id);
    };
    const document = await uploadTalentDocument({
      db,
      actor: owner,
      uploadDir,
      file: { name: '山田花子 履歴書.pdf', bytes: pdf('hanako') },
    });
    return {
      talent,
      owner,
      document,
      host: await member(hostOrg.id, 'host'),
      coordinator: await member(coordinatorOrg.id, 'coordinator'),
      otherHost: await member(otherOrg.id, 'host'),
    };
  }

  it('serves the owner’s own document as a PDF attachment that is neither sniffed nor cached', async () => {
    const { owner, document } = await scenario('applied_hosts');
    const opened = await openTalentDocument({
      db: handle.db,
      actor: owner,
      uploadDir,
      documentId: document.id,
    });
    const response = documentDownloadResponse(opened);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="____ ___.pdf"; filename*=UTF-8''${encodeURIComponent('山田花子 履歴書.pdf')}`,
    );
    expect(await response.text()).toContain('% hanako');
  });

  it('lets the host and programme coordinator of an applied opportunity download; others get NOT_FOUND', async () => {
    const { talent, document, host, coordinator, otherHost } = await scenario('open_to_scouting');
    for (const actor of [host, coordinator]) {
      const opened = await openTalentDocument({
        db: handle.db,
        actor,
        uploadDir,
        documentId: document.id,
        talentId: talent.id,
      });
      expect(opened.originalName).toBe('山田花子 履歴書.pdf');
    }
    // Open to scouting lets other hosts see the profile, never the documents.
    await expect(
      openTalentDocument({
        db: handle.db,
        actor: otherHost,
        uploadDir,
        documentId: document.id,
        talentId: talent.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Nor can a host reach it through the owner's route.
    await expect(
      openTalentDocument({ db: handle.db, actor: host, uploadDir, documentId: document.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      openTalentDocument({
        db: handle.db,
        actor: null,
        uploadDir,
        documentId: document.id,
        talentId: talent.id,
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('withholds documents from the applied host when the talent keeps the profile private', async () => {
    const { talent, document, host } = await scenario('private');
    await expect(
      openTalentDocument({
        db: handle.db,
        actor: host,
        uploadDir,
        documentId: document.id,
        talentId: talent.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes the talent’s own document and its file; nobody else’s', async () => {
    const { owner, document, talent } = await scenario('applied_hosts');
    const other = (await talentWith()).actor;
    await expect(
      deleteTalentDocument({ db: handle.db, actor: other, uploadDir, documentId: document.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const before = storedFiles().length;
    await deleteTalentDocument({ db: handle.db, actor: owner, uploadDir, documentId: document.id });
    expect(storedFiles().length).toBe(before - 1);
    await expect(
      openTalentDocument({
        db: handle.db,
        actor: owner,
        uploadDir,
        documentId: document.id,
        talentId: talent.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
