import { nameKey } from './text.ts';

/** Stable region ids (see data/reference/regions.csv). One id per region across renames. */
export const REGION_IDS = [
  'akmola', 'aktobe', 'almaty_region', 'atyrau', 'east_kazakhstan', 'zhambyl', 'west_kazakhstan',
  'karaganda', 'kostanay', 'kyzylorda', 'mangystau', 'pavlodar', 'north_kazakhstan', 'turkistan',
  'astana', 'almaty_city', 'shymkent',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

// Word stems that identify a region in Kazakh or Russian spellings found in the report
// ("Шығыс-Қазақстан облысы", "Шығыс Қазақстан облысы", "ШҚО", "Нұр-Сұлтан қ." …).
// Order matters: "алматы қ" (city) must be tested before "алматы" (region).
const PATTERNS: ReadonlyArray<[RegExp, RegionId]> = [
  [/^(алматы|алма ата)( қ| қаласы| г| город|$)(?! облыс)/, 'almaty_city'],
  [/^г алматы$/, 'almaty_city'],
  [/(^| )(алматы|алматинская)( облысы| обл| область)/, 'almaty_region'],
  [/(нұр сұлтан|нур султан|астана)/, 'astana'],
  [/(шымкент)/, 'shymkent'],
  [/(ақмола|акмолинск|акмола)/, 'akmola'],
  [/(ақтөбе|актюбинск|актобе)/, 'aktobe'],
  [/(атырау)/, 'atyrau'],
  [/(шығыс қазақстан|восточно казахстанск|^шқо$|^вко$)/, 'east_kazakhstan'],
  [/(жамбыл)/, 'zhambyl'],
  [/(батыс қазақстан|западно казахстанск|^бқо$|^зко$)/, 'west_kazakhstan'],
  [/(қарағанды|караганд)/, 'karaganda'],
  [/(қостанай|костанай)/, 'kostanay'],
  [/(қызылорда|кызылорд)/, 'kyzylorda'],
  [/(маңғыстау|мангистау|мангыстау)/, 'mangystau'],
  [/(павлодар)/, 'pavlodar'],
  [/(солтүстік қазақстан|северо казахстанск|^сқо$|^ско$)/, 'north_kazakhstan'],
  // "Turkistan" before 2018 means South Kazakhstan oblast (same id, see NOTES on series breaks).
  [/(түркістан|туркестан|оңтүстік қазақстан|южно казахстанск|^оқо$|^юко$)/, 'turkistan'],
];

/** Map a region name as printed in the report to its stable id, or null if it is not a region name. */
export function regionIdFromName(name: string): RegionId | null {
  const key = nameKey(name);
  for (const [re, id] of PATTERNS) if (re.test(key)) return id;
  return null;
}
