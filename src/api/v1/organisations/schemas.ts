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
