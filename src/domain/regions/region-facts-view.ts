import type { Locale } from '#src/i18n';
import type { RegionFacts } from './get-region-facts';

export interface RegionFactsView {
  population: number | null;
  households: number | null;
  statisticsAsOf: string | null;
  travelMinutesToTokyo: number | null;
  travelMinutesToOsaka: number | null;
  accessNote: string | null;
  introduction: string[];
  coworkingBases: Array<{ name: string; url?: string; note?: string }>;
  updatedAt: string;
}

/** Facts in the reader's language (English text where a coordinator wrote it, else the Japanese). */
export function toRegionFactsView(facts: RegionFacts | null, locale: Locale): RegionFactsView | null {
  if (!facts) return null;
  const pick = (ja: string | null, en: string | null) => (locale === 'en' && en ? en : ja) || null;
  const introduction = pick(facts.introduction, facts.introductionEn);
  return {
    population: facts.population,
    households: facts.households,
    statisticsAsOf: facts.statisticsAsOf,
    travelMinutesToTokyo: facts.travelMinutesToTokyo,
    travelMinutesToOsaka: facts.travelMinutesToOsaka,
    accessNote: pick(facts.accessNote, facts.accessNoteEn),
    introduction: introduction
      ? introduction
          .split(/\n{2,}/)
          .map((part) => part.trim())
          .filter(Boolean)
      : [],
    coworkingBases: facts.coworkingBases,
    updatedAt: facts.updatedAt.toISOString(),
  };
}
