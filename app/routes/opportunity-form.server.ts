import type { AppLoadContext } from 'react-router';
import { publicBaseUrl } from '#src/domain/accounts/emails';
import type { Actor } from '#src/domain/accounts/actor';
import { placeLinks } from '#src/domain/opportunities/places';
import type { OpportunityRow } from '#src/domain/opportunities/types';
import { listProgrammesOfOrganisation } from '#src/domain/programmes/programme-participation';
import {
  getMunicipality,
  getPrefecture,
  listMunicipalities,
  listPrefectures,
} from '#src/domain/regions/data';
import type { Locale } from '#src/i18n';
import { CSRF_FIELD } from '~/lib/forms.server';

/** Form fields that carry several values (checkbox groups). */
const LIST_FIELDS = new Set([
  'municipalityCodes',
  'prefectureCodes',
  'fields',
  'requiredSkills',
  'preferredSkills',
  'languages',
]);

/** The host form as raw input for the domain's schema: lists for checkbox groups, `a.b` names nested. */
export function opportunityFormInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key === CSRF_FIELD || key === 'intent' || key === 'placePrefecture' || key === 'organisationId')
      continue;
    const values = formData.getAll(key).filter((value): value is string => typeof value === 'string');
    const value = LIST_FIELDS.has(key) ? values : values[0];
    const [head, tail] = key.split('.', 2) as [string, string | undefined];
    if (tail) {
      const group = (input[head] ??= {}) as Record<string, unknown>;
      group[tail] = value;
    } else {
      input[head] = value;
    }
  }
  for (const key of LIST_FIELDS) input[key] ??= [];
  input.blindScreening = formData.get('blindScreening') === 'on';
  return input;
}

function tokyoDateTimeLocal(value: Date | null): string {
  if (!value) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(value)
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** "福岡県古賀市": unambiguous, and what the residence field accepts back. */
export function municipalityFullName(code: string): string {
  const municipality = getMunicipality(code);
  if (!municipality) return code;
  const parent = municipality.parentCode ? getMunicipality(municipality.parentCode) : undefined;
  return `${getPrefecture(municipality.prefectureCode)?.name ?? ''}${parent?.name ?? ''}${municipality.name}`;
}

const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** A stored opportunity as the form's values (lists joined by newlines, as submitted values are echoed). */
export function opportunityFormValues(row: OpportunityRow): Record<string, string> {
  return {
    title: row.title,
    summary: row.summary,
    description: row.description,
    kind: row.kind,
    programmeId: text(row.programmeId),
    municipalityCodes: row.municipalityCodes.join('\n'),
    prefectureCodes: row.prefectureCodes
      .filter((code) => !row.municipalityCodes.some((municipality) => municipality.startsWith(code)))
      .join('\n'),
    workStyle: row.workStyle,
    visitsPerMonth: text(row.visitsPerMonth),
    hoursPerWeekMin: text(row.hoursPerWeekMin),
    hoursPerWeekMax: text(row.hoursPerWeekMax),
    startsOn: text(row.startsOn),
    endsOn: text(row.endsOn),
    durationMonths: text(row.durationMonths),
    compensationUnit: row.compensationUnit,
    compensationMin: text(row.compensationMin),
    compensationMax: text(row.compensationMax),
    fields: row.fields.join('\n'),
    requiredSkills: row.requiredSkills.join('\n'),
    preferredSkills: row.preferredSkills.join('\n'),
    tags: row.tags.join('、'),
    'eligibility.graduationYear': text(row.eligibility.graduationYear),
    'eligibility.residentMunicipalityCodes': (row.eligibility.residentMunicipalityCodes ?? [])
      .map(municipalityFullName)
      .join('、'),
    'eligibility.note': row.eligibility.note ?? '',
    openings: String(row.openings),
    applicationsOpenAt: tokyoDateTimeLocal(row.applicationsOpenAt),
    applicationsCloseAt: tokyoDateTimeLocal(row.applicationsCloseAt),
    languages: row.languages.join('\n'),
    howToApply: row.howToApply,
    blindScreening: row.blindScreening ? 'on' : '',
  };
}

export interface PlaceOption {
  code: string;
  label: string;
}

/**
 * What the place picker shows without client script: the municipalities of one prefecture (the
 * chosen one, else that of the first selected place, else the organisation's), and labels for the
 * places already selected elsewhere.
 */
export function placePicker(options: {
  locale: Locale;
  requestedPrefecture?: string | null;
  selectedMunicipalityCodes: readonly string[];
  selectedPrefectureCodes: readonly string[];
  fallbackPrefecture: string;
}) {
  const first = options.selectedMunicipalityCodes.map((code) => getMunicipality(code)).find(Boolean);
  const requested = options.requestedPrefecture ? getPrefecture(options.requestedPrefecture) : undefined;
  const prefectureCode = requested?.code ?? first?.prefectureCode ?? options.fallbackPrefecture;
  const en = options.locale === 'en';
  return {
    prefectures: listPrefectures().map((prefecture) => ({
      code: prefecture.code,
      label: en ? prefecture.nameEn : prefecture.name,
    })),
    placePrefecture: prefectureCode,
    placeOptions: listMunicipalities(prefectureCode)
      .filter((municipality) => municipality.kind !== 'ward')
      .map((municipality) => ({
        code: municipality.code,
        label: en && municipality.nameEn ? municipality.nameEn : municipality.name,
      })),
    selectedPlaces: placeLinks(options.locale, {
      prefectureCodes: [],
      municipalityCodes: options.selectedMunicipalityCodes,
    }).map((link) => ({ code: link.code, label: link.label })),
    selectedPrefectures: options.selectedPrefectureCodes
      .map((code) => getPrefecture(code))
      .filter((prefecture) => prefecture !== undefined)
      .map((prefecture) => ({ code: prefecture.code, label: en ? prefecture.nameEn : prefecture.name })),
  };
}

/** Programmes any of the actor's organisations take part in (the domain checks the chosen one). */
export async function programmeOptionsFor(context: AppLoadContext, organisationIds: readonly string[]) {
  const seen = new Map<string, { id: string; name: string }>();
  for (const organisationId of organisationIds) {
    for (const programme of await listProgrammesOfOrganisation({ db: context.runtime.db, organisationId })) {
      seen.set(programme.id, {
        id: programme.id,
        name: context.locale === 'en' && programme.nameEn ? programme.nameEn : programme.name,
      });
    }
  }
  return [...seen.values()];
}

export function actorOrganisations(actor: Actor) {
  return actor.memberships.map((membership) => ({
    id: membership.organisationId,
    name: membership.organisationName,
    slug: membership.organisationSlug,
  }));
}

/** Absolute URLs (canonical, Open Graph, share links): PUBLIC_URL when set, else this request's origin. */
export function absoluteUrl(context: AppLoadContext, request: Request, path: string): string {
  return `${publicBaseUrl(context.runtime.config.PUBLIC_URL, request.url).replace(/\/$/, '')}${path}`;
}
