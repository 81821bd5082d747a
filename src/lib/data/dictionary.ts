// The data dictionary for readers, in one language, written from data/datapackage.json at build
// time (scripts/publish/bundle.ts): what each file holds, its columns with their type, unit and
// allowed values, the conventions, sources, licence and known issues. Markdown, so it reads as
// plain text too. Names come from the package and the dictionaries only: no data string.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import type { Locale } from '../i18n/locale.ts';
import { trilingual, type CatalogueFile } from './data-catalogue.ts';
import type { DataPackage, Field as PackageField } from './package-types.ts';
import type { MethodYears } from '../stats/break-facts.ts';
import { PACKAGE_UNITS, type PackageUnit } from './schemas.generated.ts';

type Tr = TranslationFunctions;

/** A table cell: pipes and line breaks would break the Markdown table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function typeLabel(type: string, tr: Tr): string {
  const types = tr.toolkit.dict.types;
  return type === 'string' || type === 'integer' || type === 'number' || type === 'date' || type === 'boolean' ? types[type]() : types.other();
}

function unitLabel(unit: string | undefined, tr: Tr): string {
  const units = tr.toolkit.dict.units;
  if ((PACKAGE_UNITS as readonly string[]).includes(unit ?? '')) return units[unit as PackageUnit]();
  return unit ?? '';
}

function fieldMeaning(f: PackageField, locale: Locale, tr: Tr): string {
  const parts = [trilingual(f['sapa:description'], f.description)[locale]];
  const values = f.constraints?.enum;
  if (values && values.length > 0) parts.push(tr.toolkit.dict.values({ values: values.join(', ') }));
  // Each part a sentence of its own: "… id. Allowed values: …", not "… id Allowed values: …".
  return parts
    .filter((p) => p !== '')
    .map((p, i, all) => (i < all.length - 1 && !/[.!?]$/.test(p) ? `${p}.` : p))
    .join(' ');
}

export function dataDictionary(pkg: DataPackage, files: readonly CatalogueFile[], locale: Locale, tr: Tr, noteCount: number, years: MethodYears): string {
  const d = tr.toolkit.dict;
  const out: string[] = [];
  out.push(`# ${d.title()}`, '', pkg['sapa:title']?.[locale] ?? pkg.title ?? '', '', d.intro(), '');
  out.push(`## ${d.conventionsTitle()}`, '', ...d.conventions({ scaleLast: String(years.scaleLast) }).split('\n').map((l) => `- ${l}`), '');
  out.push(`## ${d.sourcesTitle()}`, '', ...(pkg.sources ?? []).map((s) => `- ${s.title}${s.path ? ` (${s.path})` : ''}`), '');
  out.push(`## ${d.licenceTitle()}`, '', d.licence(), '');
  out.push(`## ${d.issuesTitle()}`, '', d.issues({ n: String(noteCount) }), '');
  out.push(`## ${d.filesTitle()}`, '');
  for (const r of pkg.resources) {
    const file = files.find((f) => f.path === r.path);
    out.push(`### ${r.path} — ${file?.title[locale] ?? r.title ?? ''}`, '', file?.description[locale] ?? r.description ?? '', '');
    if (file?.rows !== null && file?.rows !== undefined) out.push(d.rows({ n: String(file.rows) }), '');
    const fields = r.schema?.fields ?? [];
    if (fields.length === 0) continue;
    out.push(`| ${d.column()} | ${d.type()} | ${d.unit()} | ${d.meaning()} |`, '|---|---|---|---|');
    for (const f of fields) out.push(`| \`${f.name}\` | ${typeLabel(f.type, tr)} | ${cell(unitLabel(f['sapa:unit'], tr))} | ${cell(fieldMeaning(f, locale, tr))} |`);
    out.push('');
  }
  return out.join('\n');
}
