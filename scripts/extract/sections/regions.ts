// Regional breakdowns of the 18 local services ("…өңірлер бойынша бөлу": region | score | %), plus the
// ambulance section's table 192 (№ | region | five aspects | regional average, no %).
// Regions are printed in the standard order (REGION_IDS). A label that is not a region name, or a region
// printed twice, is never silently mapped: see resolveLabels.
import type { RegionRow } from './types.ts';
import { REGION_IDS, regionIdFromName, type RegionId } from '../lib/regions.ts';
import { cleanCell, nameKey } from '../lib/text.ts';
import { DATASETS } from './datasets.ts';
import { at, noteNumber, noteScore, regionList, type NoteLog, type RegionNamer, type Where } from './notes.ts';
import { tableSource, type CaptionedTable, type TableRow } from './tables.ts';
import { checkPair, readPct, readScore } from './values.ts';

export function isRegionTable(table: CaptionedTable): boolean {
  return table.header.cells.some((c) => nameKey(c) === 'өңір');
}

interface Layout {
  regionCol: number;
  avgCol: number;
  pctCol: number | null;
}

function layoutOf(table: CaptionedTable): Layout {
  const h = table.header.cells.map(nameKey);
  const regionCol = h.indexOf('өңір');
  const pctIndex = h.indexOf('%');
  // "Орташа балл" in the usual layout; "Өңір бойынша орташа балл" (the last column) in table 192.
  let avgCol = h.findIndex((c, i) => i > regionCol && /орташа балл/.test(c));
  if (avgCol < 0) avgCol = regionCol + 1;
  return { regionCol, avgCol, pctCol: pctIndex >= 0 ? pctIndex : null };
}

export function parseRegionTable(section: string, table: CaptionedTable, notes: NoteLog, name: RegionNamer): RegionRow[] {
  const layout = layoutOf(table);
  const dataRows = table.rows.filter((r) => cleanCell(r.cells[layout.regionCol] ?? '') !== '');
  const ids = resolveLabels(section, table, dataRows, layout, notes, name);
  const rows: RegionRow[] = [];
  dataRows.forEach((row, index) => {
    const regionId = ids[index];
    if (!regionId) return;
    const key = `section=${section};region=${regionId}`;
    const target = { notes, dataset: DATASETS.regions, key, where: { table: table.number, line: row.line } };
    const avgScore = readScore(row.cells[layout.avgCol] ?? '', target);
    const satisfactionPct = layout.pctCol === null ? null : readPct(row.cells[layout.pctCol] ?? '', target);
    if (avgScore === null && satisfactionPct === null) return;
    checkPair(avgScore, satisfactionPct, target);
    // Only the row just above: identical neighbours suggest a copied row, distant equal pairs may be chance.
    const previous = rows[rows.length - 1];
    const twin = previous && previous.avgScore === avgScore && previous.satisfactionPct === satisfactionPct ? previous : undefined;
    if (twin) {
      const other = name(twin.regionId);
      notes.add(DATASETS.regions, key, 'identical_values', {
        kk: `${at(target.where, 'kk')}: мәндер (${noteScore(avgScore, 'kk')}; ${noteNumber(satisfactionPct, 'kk')}%) ${twin.line}-жолдағы мәндермен (${other.kk}) бірдей; көшірілген жол болуы мүмкін.`,
        ru: `${at(target.where, 'ru')}: значения (${noteScore(avgScore, 'ru')}; ${noteNumber(satisfactionPct, 'ru')}%) совпадают со строкой ${twin.line} (${other.ru}); возможно, строка скопирована.`,
        en: `${at(target.where, 'en')}: values (${noteScore(avgScore, 'en')}; ${noteNumber(satisfactionPct, 'en')}%) are identical to line ${twin.line} (${other.en}); the row may have been copied.`,
      });
    }
    rows.push({
      section,
      year: 2020,
      regionId,
      regionLabel: cleanCell(row.cells[layout.regionCol] ?? ''),
      avgScore,
      satisfactionPct,
      source: tableSource(table),
      line: row.line,
    });
  });
  return rows;
}

/**
 * Region id for every data row, or null where the row is dropped. Both cases below get a 'misprint' note.
 * - A label that is not a region name (line 8549: "Ақжолы облысы"), or a region printed a second time
 *   (tables 200 and 212 repeat earlier labels), is read by the table's fixed region order when that
 *   order identifies it: the table has 17 rows, every other label sits at its region's place in the
 *   standard order, and the region of this place is otherwise missing. Misprinted labels and
 *   repeated labels are treated the same way.
 * - Otherwise the row is dropped (for a repeated label the first row keeps the region): a value is
 *   never attributed by guessing.
 */
function resolveLabels(section: string, table: CaptionedTable, rows: TableRow[], layout: Layout, notes: NoteLog, name: RegionNamer): Array<RegionId | null> {
  const raw = rows.map((r) => regionIdFromName(r.cells[layout.regionCol] ?? ''));
  const complete = rows.length === REGION_IDS.length;
  const firstIndex = new Map<RegionId, number>();
  raw.forEach((id, i) => {
    if (id && !firstIndex.has(id)) firstIndex.set(id, i);
  });
  const missing = new Set(REGION_IDS.filter((id) => !firstIndex.has(id)));
  // The fixed order holds when every row with a first-printed region name sits at that region's place.
  const orderHolds = complete && raw.every((id, i) => id === null || firstIndex.get(id) !== i || REGION_IDS[i] === id);
  const byOrder = (i: number): RegionId | null => {
    const place = REGION_IDS[i];
    return orderHolds && place !== undefined && missing.has(place) ? place : null;
  };
  return raw.map((id, i) => {
    const row = rows[i];
    if (!row) return null;
    const label = cleanCell(row.cells[layout.regionCol] ?? '');
    const where: Where = { table: table.number, line: row.line };
    const atThisPlace = complete ? REGION_IDS[i] : undefined;
    if (id === null) {
      const resolved = byOrder(i);
      const r = resolved ? name(resolved) : null;
      notes.add(DATASETS.regions, `section=${section};region=${resolved ?? `?${label}`}`, 'misprint', r
        ? {
            kk: `${at(where, 'kk')}: «${label}» деген өңір жоқ. Кестеде 17 өңір стандартты ретпен берілген, тек ${r.kk} жоқ және жол соның орнында тұр, сондықтан ${r.kk} ретінде алынды.`,
            ru: `${at(where, 'ru')}: региона «${label}» не существует. В таблице 17 регионов в стандартном порядке, отсутствует только регион «${r.ru}», и строка стоит на его месте, поэтому она отнесена к нему.`,
            en: `${at(where, 'en')}: there is no region "${label}". The table lists 17 regions in the standard order, only ${r.en} is missing and the row sits in its place, so it is read as ${r.en}.`,
          }
        : {
            kk: `${at(where, 'kk')}: «${label}» өңір атауы емес, оны болжамсыз анықтау мүмкін емес; жол алынбады.`,
            ru: `${at(where, 'ru')}: «${label}» не является названием региона и не может быть определён без догадок; строка не извлечена.`,
            en: `${at(where, 'en')}: "${label}" is not a region name and cannot be identified without guessing; row skipped.`,
          });
      return resolved;
    }
    if (firstIndex.get(id) !== i) {
      const first = (rows[firstIndex.get(id) ?? 0]?.line) ?? '?';
      const resolved = byOrder(i);
      if (resolved) {
        const r = name(resolved);
        notes.add(DATASETS.regions, `section=${section};region=${resolved}`, 'misprint', {
          kk: `${at(where, 'kk')}: «${label}» кестеде қайта басылған (бірінші рет ${first}-жолда). Кестеде 17 өңір стандартты ретпен берілген, бұл орын «${r.kk}» өңіріне тиесілі және ол басқа жерде жоқ, сондықтан жол ${r.kk} ретінде алынды.`,
          ru: `${at(where, 'ru')}: «${label}» напечатан в таблице повторно (впервые в строке ${first}). В таблице 17 регионов в стандартном порядке, это место принадлежит региону «${r.ru}», которого больше нигде нет, поэтому строка отнесена к нему.`,
          en: `${at(where, 'en')}: "${label}" is printed a second time (first at line ${first}). The table lists 17 regions in the standard order, this place belongs to ${r.en}, which is otherwise missing, so the row is read as ${r.en}.`,
        });
        return resolved;
      }
      const expected = atThisPlace && atThisPlace !== id ? name(atThisPlace) : null;
      notes.add(DATASETS.regions, `section=${section};region=${id};line=${row.line}`, 'misprint', {
        kk: `${at(where, 'kk')}: «${label}» кестеде қайта басылған (бірінші рет ${first}-жолда). Бұл жол алынбады${expected ? `; реті бойынша бұл орында ${expected.kk} болуы керек еді` : ''}.`,
        ru: `${at(where, 'ru')}: «${label}» напечатан в таблице повторно (впервые в строке ${first}). Строка не извлечена${expected ? `; по порядку здесь должен стоять регион «${expected.ru}»` : ''}.`,
        en: `${at(where, 'en')}: "${label}" is printed a second time (first at line ${first}). Row skipped${expected ? `; by the standard order this place belongs to ${expected.en}` : ''}.`,
      });
      return null;
    }
    return id;
  });
}

/** Regions a table leaves out (e.g. table 149 lists 14 of 17); reported so a gap is not read as zero. */
export function noteMissingRegions(section: string, table: CaptionedTable, rows: RegionRow[], notes: NoteLog, name: RegionNamer): void {
  const present = new Set(rows.map((r) => r.regionId));
  const absent = REGION_IDS.filter((id) => !present.has(id));
  if (absent.length === 0) return;
  const n = absent.length;
  // Russian "по N регионам" takes the singular dative after 1, 21, 31 …
  const ruNoun = n % 10 === 1 && n % 100 !== 11 ? 'региону' : 'регионам';
  notes.add(DATASETS.regions, `section=${section};table=${table.number}`, 'missing_rows', {
    kk: `${table.number}-кесте (${section}): ${n} өңір бойынша мән жоқ (${regionList(absent, name, 'kk')}).`,
    ru: `Таблица ${table.number} (${section}): нет значений по ${n} ${ruNoun} (${regionList(absent, name, 'ru')}).`,
    en: `Table ${table.number} (${section}): no figures for ${n} ${n === 1 ? 'region' : 'regions'} (${regionList(absent, name, 'en')}).`,
  });
}
