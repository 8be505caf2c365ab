import { describe, expect, it } from 'vitest';
import {
  findPlacesByName,
  getMunicipality,
  getPrefecture,
  hasValidCheckDigit,
  listBlocks,
  listMunicipalities,
  listPrefectures,
  listWards,
  municipalityCodesInPrefecture,
} from './data';

// Written out independently of the module under test: (11 - (6a+5b+4c+3d+2e) % 11) % 10.
function expectedCheckDigit(code: string): number {
  const [a, b, c, d, e] = [...code.slice(0, 5)].map(Number) as [number, number, number, number, number];
  return (11 - ((6 * a + 5 * b + 4 * c + 3 * d + 2 * e) % 11)) % 10;
}

const matchCodes = (query: string) => findPlacesByName(query).map((m) => `${m.type}:${m.code}`);

describe('regions data', () => {
  it('has the 47 prefectures in JIS order, each in a known block', () => {
    const prefectures = listPrefectures();
    expect(prefectures).toHaveLength(47);
    expect(prefectures.map((p) => p.code)).toEqual(
      Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    const blockIds = new Set(listBlocks().map((b) => b.id));
    expect(blockIds.size).toBe(9);
    for (const p of prefectures) {
      expect(blockIds.has(p.block)).toBe(true);
      expect(p.kana).toMatch(/^[\u3041-\u309f]+$/u);
      expect(p.nameEn).toMatch(/^[A-Z][a-z]+$/);
    }
    expect(getPrefecture('15')).toMatchObject({
      name: '新潟県',
      kana: 'にいがたけん',
      nameEn: 'Niigata',
      block: 'hokuriku',
    });
    expect(getPrefecture(13)?.name).toBe('東京都');
    expect(getPrefecture('99')).toBeUndefined();
  });

  it('puts prefectures in the agreed blocks', () => {
    const codesIn = (block: Parameters<typeof listPrefectures>[0]) =>
      listPrefectures(block).map((p) => p.code);
    expect(codesIn('hokuriku')).toEqual(['15', '16', '17', '18']);
    expect(codesIn('chubu')).toEqual(['19', '20', '21', '22', '23']);
    expect(codesIn('kinki')).toEqual(['24', '25', '26', '27', '28', '29', '30']);
    expect(codesIn('kyushu')).toContain('47');
    expect(listBlocks().map((b) => b.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('resolves known local-government codes', () => {
    expect(getMunicipality('152021')).toMatchObject({ name: '長岡市', prefectureCode: '15', kind: 'city' });
    expect(getMunicipality('202151')).toMatchObject({ name: '塩尻市', prefectureCode: '20' });
    expect(getMunicipality('402231')).toMatchObject({ name: '古賀市', prefectureCode: '40' });
    expect(getMunicipality('331007')).toMatchObject({ name: '岡山市', kind: 'designated_city' });
    expect(getMunicipality('131016')).toMatchObject({ name: '千代田区', kind: 'special_ward' });
    expect(getMunicipality('15202')?.code).toBe('152021');
    expect(getMunicipality('152020')).toBeUndefined();
    expect(hasValidCheckDigit('152021')).toBe(true);
    expect(hasValidCheckDigit('152020')).toBe(false);
  });

  it('gives every municipality a valid check digit, a known prefecture and a unique code, sorted', () => {
    const all = listMunicipalities();
    const codes = all.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const m of all) {
      expect(m.code, m.name).toMatch(/^\d{6}$/);
      expect(Number(m.code[5]), `${m.code} ${m.name}`).toBe(expectedCheckDigit(m.code));
      expect(m.code.slice(0, 2)).toBe(m.prefectureCode);
      expect(getPrefecture(m.prefectureCode), m.code).toBeDefined();
    }
  });

  it('has the expected numbers of each kind', () => {
    const all = listMunicipalities();
    const count = (kinds: string[]) => all.filter((m) => kinds.includes(m.kind)).length;
    const basic = count(['city', 'designated_city', 'town', 'village', 'special_ward']);
    expect(basic).toBeGreaterThanOrEqual(1700);
    expect(basic).toBeLessThanOrEqual(1800);
    expect(count(['special_ward'])).toBe(23);
    expect(count(['designated_city'])).toBeGreaterThanOrEqual(20);
  });

  it('links designated-city wards to their city', () => {
    for (const ward of listMunicipalities().filter((m) => m.kind === 'ward')) {
      const city = getMunicipality(ward.parentCode ?? '');
      expect(city?.kind, ward.code).toBe('designated_city');
      expect(city?.prefectureCode).toBe(ward.prefectureCode);
    }
    expect(listWards('221309').map((w) => w.name)).toEqual(['中央区', '浜名区', '天竜区']);
    expect(listWards('152021')).toEqual([]);
    expect(municipalityCodesInPrefecture('15')).toContain('152021');
    expect(municipalityCodesInPrefecture('15')).toHaveLength(listMunicipalities('15').length);
    expect(municipalityCodesInPrefecture('99')).toEqual([]);
  });

  it('finds places by name, kana or English name', () => {
    expect(matchCodes('長岡')).toContain('municipality:152021');
    const niigata = matchCodes('新潟');
    expect(niigata).toContain('prefecture:15');
    expect(niigata).toContain('municipality:151009'); // 新潟市
    expect(niigata).not.toContain('municipality:151017'); // 新潟市北区: only by its qualified name
    expect(matchCodes('ながおか')).toContain('municipality:152021');
    expect(matchCodes('ナガオカ')).toContain('municipality:152021');
    expect(matchCodes('niigata')).toContain('prefecture:15');
    expect(matchCodes('ＮＩＩＧＡＴＡ')).toContain('prefecture:15');
    expect(matchCodes('札幌市中央')).toEqual(['municipality:011011']);
    expect(matchCodes('保土ヶ谷')).toContain('municipality:141062');
    expect(matchCodes('東京')[0]).toBe('prefecture:13');
    expect(findPlacesByName('  ')).toEqual([]);
    expect(findPlacesByName('新潟', { limit: 1 })).toHaveLength(1);
  });
});
