import { z } from 'zod';
import { organisationKind } from '#src/db/schema';
import { fieldErrorsOf } from '#src/domain/accounts/schema';
import {
  findPlacesByName,
  getMunicipality,
  getPrefecture,
  normalizePlaceQuery,
} from '#src/domain/regions/data';

export const organisationKinds = organisationKind.enumValues;
export const membershipRoles = ['owner', 'admin', 'member'] as const;

export const OrganisationKindSchema = z.enum(organisationKinds, 'accounts.validation.organisationKind');
export const MembershipRoleSchema = z.enum(membershipRoles, 'accounts.validation.membershipRole');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.invalid')
    .optional()
    .transform((value) => (value ? value : null));

/** Form fields describing a new organisation (sign-up as host/coordinator, or "new organisation"). */
export const OrganisationInputSchema = z.object({
  organisationName: z
    .string('validation.required')
    .trim()
    .min(1, 'validation.required')
    .max(120, 'accounts.validation.organisationNameTooLong'),
  organisationNameEn: optionalText(120),
  organisationKind: OrganisationKindSchema,
  prefectureCode: z
    .string('accounts.validation.prefecture')
    .refine(
      (code) => /^\d{2}$/.test(code) && getPrefecture(code) !== undefined,
      'accounts.validation.prefecture',
    ),
  /** A municipality's name (長岡市, 長岡) or its 全国地方公共団体コード (152021); optional. */
  municipality: optionalText(60),
});

export interface OrganisationInput {
  name: string;
  nameEn: string | null;
  kind: (typeof organisationKinds)[number];
  prefectureCode: string;
  municipalityCode: string | null;
}

/**
 * Finds the municipality meant by a name or code inside the chosen prefecture.
 * Returns the 6-digit code, or the i18n key of what is wrong.
 */
export function resolveMunicipality(
  prefectureCode: string,
  text: string,
): { ok: true; code: string } | { ok: false; error: string } {
  const value = text.normalize('NFKC').trim();
  if (/^\d{5,6}$/.test(value)) {
    const municipality = getMunicipality(value);
    if (!municipality) return { ok: false, error: 'accounts.validation.municipalityUnknown' };
    if (municipality.prefectureCode !== prefectureCode) {
      return { ok: false, error: 'accounts.validation.municipalityOtherPrefecture' };
    }
    return { ok: true, code: municipality.code };
  }
  const query = normalizePlaceQuery(value);
  const candidates = findPlacesByName(value).flatMap((match) =>
    match.type === 'municipality' && match.municipality.prefectureCode === prefectureCode
      ? [{ match, municipality: match.municipality }]
      : [],
  );
  const exact = candidates.filter(({ match, municipality }) =>
    [match.name, municipality.name, municipality.name.replace(/[市町村区]$/u, ''), municipality.nameEn ?? '']
      .filter(Boolean)
      .some((name) => normalizePlaceQuery(name) === query),
  );
  const chosen = exact.length > 0 ? exact : candidates;
  if (chosen.length === 1) return { ok: true, code: chosen[0]!.municipality.code };
  if (chosen.length === 0) {
    const elsewhere = findPlacesByName(value).some((match) => match.type === 'municipality');
    return {
      ok: false,
      error: elsewhere
        ? 'accounts.validation.municipalityOtherPrefecture'
        : 'accounts.validation.municipalityUnknown',
    };
  }
  return { ok: false, error: 'accounts.validation.municipalityAmbiguous' };
}

type PlacedInput = { prefectureCode: string; municipality: string | null };

/**
 * Parses organisation fields with `schema`, then resolves the municipality within the chosen prefecture;
 * collects every field's error so the form shows them all at once.
 */
function parsePlacedInput<T extends PlacedInput>(
  schema: z.ZodType<T>,
  input: unknown,
):
  | { ok: true; data: T; municipalityCode: string | null }
  | { ok: false; fieldErrors: Record<string, string> } {
  const result = schema.safeParse(input);
  if (!result.success) return { ok: false, fieldErrors: fieldErrorsOf(result.error) };
  let municipalityCode: string | null = null;
  if (result.data.municipality) {
    const resolved = resolveMunicipality(result.data.prefectureCode, result.data.municipality);
    if (!resolved.ok) return { ok: false, fieldErrors: { municipality: resolved.error } };
    municipalityCode = resolved.code;
  }
  return { ok: true, data: result.data, municipalityCode };
}

/** Validates the organisation fields of a new organisation. */
export function validateOrganisationInput(
  input: unknown,
): { ok: true; data: OrganisationInput } | { ok: false; fieldErrors: Record<string, string> } {
  const parsed = parsePlacedInput(OrganisationInputSchema, input);
  if (!parsed.ok) return parsed;
  const { organisationName, organisationNameEn, organisationKind, prefectureCode } = parsed.data;
  return {
    ok: true,
    data: {
      name: organisationName,
      nameEn: organisationNameEn,
      kind: organisationKind,
      prefectureCode,
      municipalityCode: parsed.municipalityCode,
    },
  };
}

/** The public profile an organisation's owners and admins edit (its kind is fixed once registered). */
export const OrganisationProfileSchema = OrganisationInputSchema.omit({ organisationKind: true }).extend({
  description: z
    .string()
    .trim()
    .max(2000, 'accounts.validation.descriptionTooLong')
    .optional()
    .transform((value) => value ?? ''),
  websiteUrl: z
    .string()
    .trim()
    .max(300, 'accounts.validation.websiteUrl')
    .refine(
      (value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(value),
      'accounts.validation.websiteUrl',
    )
    .optional()
    .transform((value) => (value ? value : null)),
});

export interface OrganisationProfile {
  name: string;
  nameEn: string | null;
  prefectureCode: string;
  municipalityCode: string | null;
  description: string;
  websiteUrl: string | null;
}

/** Validates an organisation's edited profile. */
export function validateOrganisationProfile(
  input: unknown,
): { ok: true; data: OrganisationProfile } | { ok: false; fieldErrors: Record<string, string> } {
  const parsed = parsePlacedInput(OrganisationProfileSchema, input);
  if (!parsed.ok) return parsed;
  const { organisationName, organisationNameEn, prefectureCode, description, websiteUrl } = parsed.data;
  return {
    ok: true,
    data: {
      name: organisationName,
      nameEn: organisationNameEn,
      prefectureCode,
      municipalityCode: parsed.municipalityCode,
      description,
      websiteUrl,
    },
  };
}
