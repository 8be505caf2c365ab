import { AppError } from '#src/lib/errors';
import { getMunicipality, getPrefecture, type Municipality, type Prefecture } from './data';

export type RegionRef =
  | { type: 'prefecture'; code: string; prefecture: Prefecture }
  | { type: 'municipality'; code: string; municipality: Municipality; prefecture: Prefecture };

/** A region by its code: 2 digits for a prefecture, 6 for a municipality; NOT_FOUND otherwise. */
export function resolveRegionCode(code: string): RegionRef {
  if (/^\d{2}$/.test(code)) {
    const prefecture = getPrefecture(code);
    if (prefecture) return { type: 'prefecture', code: prefecture.code, prefecture };
  }
  if (/^\d{6}$/.test(code)) {
    const municipality = getMunicipality(code);
    const prefecture = municipality ? getPrefecture(municipality.prefectureCode) : undefined;
    if (municipality && prefecture)
      return { type: 'municipality', code: municipality.code, municipality, prefecture };
  }
  throw new AppError('NOT_FOUND');
}
