import { z } from 'zod';

export const OrganisationKindSchema = z.enum([
  'municipality',
  'company',
  'npo',
  'training_provider',
  'intermediary',
]);

export const OrganisationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    kind: OrganisationKindSchema,
    prefectureCode: z.string(),
    municipalityCode: z.string().nullable(),
    description: z.string(),
    websiteUrl: z.string().nullable(),
  })
  .meta({ id: 'Organisation' });

/** The editable profile; the domain checks each field (lengths, prefecture, municipality in it, website). */
export const OrganisationProfileBodySchema = z
  .object({
    organisationName: z.string().max(500),
    organisationNameEn: z.string().max(500).optional(),
    prefectureCode: z.string().max(2).describe('JIS X 0401 code, e.g. "15"'),
    municipality: z
      .string()
      .max(100)
      .optional()
      .describe('A municipality in that prefecture, by name (長岡市) or 全国地方公共団体コード (152021)'),
    description: z.string().max(5000).optional(),
    websiteUrl: z.string().max(500).optional().describe('https://…, or empty for none'),
  })
  .meta({ id: 'OrganisationProfileInput' });

export const MembershipRoleSchema = z.enum(['owner', 'admin', 'member']);

/** A member as their organisation's members see them; never a password or token hash. */
export const MemberSchema = z
  .object({
    accountId: z.uuid(),
    displayName: z.string(),
    email: z.email(),
    role: MembershipRoleSchema,
    joinedAt: z.iso.datetime(),
  })
  .meta({ id: 'OrganisationMember' });

export const InvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    role: MembershipRoleSchema,
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Invitation' });
