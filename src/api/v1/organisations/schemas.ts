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
