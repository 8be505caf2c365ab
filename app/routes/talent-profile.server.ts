import { data, redirect, type AppLoadContext } from 'react-router';
import type { Actor } from '#src/domain/accounts/actor';
import { addRegionTie } from '#src/domain/talent/add-region-tie';
import type { ProfileSectionAnchor } from '#src/domain/talent/completeness';
import type { OwnTalentProfile } from '#src/domain/talent/get-own-talent-profile';
import { placeName } from '#src/domain/talent/place-names';
import { removeRegionTie } from '#src/domain/talent/remove-region-tie';
import { removeTalentExperience } from '#src/domain/talent/remove-talent-experience';
import { saveTalentExperience } from '#src/domain/talent/save-talent-experience';
import { setTalentSkills } from '#src/domain/talent/set-talent-skills';
import { MAX_DOCUMENT_BYTES } from '#src/domain/talent/types';
import { updateTalentProfile } from '#src/domain/talent/update-talent-profile';
import { listPrefectures } from '#src/domain/regions/data';
import type { Locale } from '#src/i18n';
import { AppError, isAppError } from '#src/lib/errors';
import { CSRF_FIELD, formValues, type FormFailure } from '~/lib/forms.server';

export const PROFILE_INTENTS = [
  'basics',
  'skills',
  'interests',
  'availability',
  'preferences',
  'visibility',
  'addExperience',
  'removeExperience',
  'addTie',
  'removeTie',
] as const;
export type ProfileIntent = (typeof PROFILE_INTENTS)[number];

/** Where on the profile page each form lives (its section's id). */
export const anchorOfIntent: Record<ProfileIntent, ProfileSectionAnchor | 'visibility'> = {
  basics: 'basic',
  skills: 'skills',
  interests: 'interests',
  availability: 'availability',
  preferences: 'preferences',
  visibility: 'visibility',
  addExperience: 'experience',
  removeExperience: 'experience',
  addTie: 'regions',
  removeTie: 'regions',
};

/** A submitted form as an object for the domain: repeated fields become arrays. */
export function formInput(formData: FormData, omit: readonly string[] = ['intent']): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key === CSRF_FIELD || omit.includes(key)) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === 'string');
    input[key] = all.length > 1 ? all : all[0];
  }
  return input;
}

/** The skills form: one level select per current skill (0 removes it), plus one skill to add. */
function skillsInput(formData: FormData) {
  const skills = new Map<string, string>();
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith('level_') || typeof value !== 'string') continue;
    if (value !== '0') skills.set(key.slice('level_'.length), value);
  }
  const addSkill = String(formData.get('addSkill') ?? '');
  const addLevel = String(formData.get('addLevel') ?? '');
  if (addSkill) {
    if (!addLevel) {
      throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
        addLevel: 'talent.validation.skillLevel',
      });
    }
    skills.set(addSkill, addLevel);
  }
  return {
    skills: [...skills].map(([skill, level]) => ({ skill, level })),
    tags: String(formData.get('tags') ?? ''),
  };
}

const tieFieldNames: Record<string, string> = {
  prefectureCode: 'tiePrefecture',
  municipality: 'tieMunicipality',
  kind: 'tieKind',
};

export type ProfileActionFailure = FormFailure & { intent: string };

function failure(error: unknown, formData: FormData, intent: string, rename: Record<string, string> = {}) {
  if (!isAppError(error)) throw error;
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, key]) => [rename[field] ?? field, key]),
  );
  return data<ProfileActionFailure>(
    {
      ok: false,
      intent,
      formError: error.messageKey,
      formErrorParams: error.params,
      fieldErrors,
      values: formValues(formData),
    },
    { status: error.httpStatus },
  );
}

/** Saves the one section the form belongs to; each section's form carries its own intent. */
export async function handleProfileAction(options: {
  context: AppLoadContext;
  actor: Actor;
  formData: FormData;
}) {
  const { context, actor, formData } = options;
  const db = context.runtime.db;
  const rawIntent = String(formData.get('intent') ?? '');
  const intent = (PROFILE_INTENTS as readonly string[]).includes(rawIntent)
    ? (rawIntent as ProfileIntent)
    : null;
  if (!intent) return failure(new AppError('INVALID_INPUT'), formData, rawIntent);
  try {
    switch (intent) {
      case 'basics':
      case 'interests':
      case 'availability':
      case 'preferences':
      case 'visibility':
        await updateTalentProfile({ db, actor, section: intent, input: formInput(formData) });
        break;
      case 'skills':
        await setTalentSkills({ db, actor, input: skillsInput(formData) });
        break;
      case 'addExperience':
        await saveTalentExperience({ db, actor, input: formInput(formData) });
        break;
      case 'removeExperience':
        await removeTalentExperience({ db, actor, experienceId: String(formData.get('experienceId') ?? '') });
        break;
      case 'addTie':
        await addRegionTie({
          db,
          actor,
          input: {
            prefectureCode: formData.get('tiePrefecture') ?? '',
            municipality: formData.get('tieMunicipality') ?? '',
            kind: formData.get('tieKind') ?? '',
          },
        });
        break;
      case 'removeTie':
        await removeRegionTie({
          db,
          actor,
          regionCode: String(formData.get('regionCode') ?? ''),
          kind: String(formData.get('kind') ?? ''),
        });
        break;
    }
  } catch (error) {
    return failure(error, formData, intent, intent === 'addTie' ? tieFieldNames : {});
  }
  return redirect(`/account/profile?saved=${intent}#${anchorOfIntent[intent]}`);
}

/** The talent's own profile as the edit page needs it: plain values, with place names resolved. */
export function profilePageData(own: OwnTalentProfile, locale: Locale) {
  const p = own.profile;
  return {
    names: own.names,
    values: {
      familyName: own.names.familyName,
      givenName: own.names.givenName,
      familyNameKana: own.names.familyNameKana,
      givenNameKana: own.names.givenNameKana,
      phone: p?.phone ?? '',
      birthYear: p?.birthYear ? String(p.birthYear) : '',
      gender: p?.gender ?? '',
      prefectureCode: p?.prefectureCode ?? '',
      headline: p?.headline ?? '',
      currentWork: p?.currentWork ?? '',
      bio: p?.bio ?? '',
      fieldsOfInterest: p?.fieldsOfInterest ?? [],
      tags: (p?.tags ?? []).join('、'),
      hoursPerWeek: p?.hoursPerWeek !== null && p?.hoursPerWeek !== undefined ? String(p.hoursPerWeek) : '',
      availableWeekdays: p?.availableWeekdays ?? false,
      availableWeekends: p?.availableWeekends ?? false,
      availableFrom: p?.availableFrom ?? '',
      preferredWorkStyle: p?.preferredWorkStyle ?? '',
      compensationExpectation:
        p?.compensationExpectation !== null && p?.compensationExpectation !== undefined
          ? String(p.compensationExpectation)
          : '',
      compensationExpectationUnit: p?.compensationExpectationUnit ?? '',
      graduationYear: p?.graduationYear ? String(p.graduationYear) : '',
      visibility: p?.visibility ?? 'applied_hosts',
    },
    skills: own.skills,
    experiences: own.experiences.map((entry) => ({
      id: entry.id,
      organisation: entry.organisation,
      role: entry.role,
      startedOn: entry.startedOn,
      endedOn: entry.endedOn,
    })),
    regionTies: own.regionTies.map((tie) => ({ ...tie, name: placeName(tie.regionCode, locale) })),
    documents: own.documents.map((document) => ({
      id: document.id,
      kind: document.kind,
      originalName: document.originalName,
      sizeBytes: document.sizeBytes,
    })),
    completeness: { percent: own.completeness.percent, missing: own.completeness.missing },
  };
}

export function prefectureOptions(locale: Locale) {
  return listPrefectures().map((prefecture) => ({
    code: prefecture.code,
    name: locale === 'en' ? prefecture.nameEn : prefecture.name,
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Uploads

/** Room for the multipart framing and the other fields around a file of the maximum size. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

export class UploadTooLargeError extends Error {
  constructor() {
    super('upload too large');
    this.name = 'UploadTooLargeError';
  }
}

/**
 * Refuses an upload larger than `maxBytes` before reading it when it declares its length, and
 * stops reading one that does not (chunked) as soon as it passes the limit.
 */
export function limitRequestBody(request: Request, maxBytes: number): Request {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > maxBytes) throw new UploadTooLargeError();
  if (!request.body) return request;
  let seen = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new UploadTooLargeError());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: counted,
    signal: request.signal,
    // Node's fetch needs this to send a streamed body.
    duplex: 'half',
  } as RequestInit);
}

export function isUploadTooLarge(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (current instanceof UploadTooLargeError) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
