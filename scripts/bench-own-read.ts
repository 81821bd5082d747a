// The worker's path for one file, in Node: read, validate and sum (loadReportFile, the code the
// Web Worker runs) a generated interchange file, BENCH_READ_FILES files × BENCH_READ_ROWS rows
// (default 20 × 7,500, the national archive's file size). Prints the median ms per file, the
// rows per second and the CPU ms per file (GC threads included; steadier on a busy machine). Profile with: npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench-own-read.ts
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildReference, type ControlCheckInput, type ControlFormInput, type ControlRowInput } from '../src/lib/control/reference.ts';
import { buildRegionCodes, type RegionInput } from '../src/lib/control/regions.ts';
import { loadReportFile } from '../src/lib/control/own/load.ts';
import { ALL_REGIONS, generate } from './own-archive.mjs';

const csv = <T>(path: string) => Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true, dynamicTyping: false }).data;
const rows = csv<Record<string, string>>('data/reference/control_rows.csv').map((r) => ({ ...r, parent_code: r.parent_code || null, service_dim: r.service_dim || null, applicant_split: r.applicant_split === 'true' }) as unknown as ControlRowInput);
const reference = buildReference(rows, csv<ControlCheckInput>('data/reference/control_checks.csv'), csv<ControlFormInput>('data/reference/control_forms.csv'));
const regions = buildRegionCodes(csv<RegionInput>('data/reference/regions.csv'));
const FILES = Number(process.env.BENCH_READ_FILES ?? 20);
const ROWS = Number(process.env.BENCH_READ_ROWS ?? 7500);

const texts: Uint8Array[] = [];
for (let f = 0; f < FILES; f++) {
  texts.push(new TextEncoder().encode(generate(ROWS, { reporter: (r: number) => `csb_${f}_${r}`, region: (r: number) => ALL_REGIONS[(f * 2 + r) % ALL_REGIONS.length] })));
}
const input = (bytes: Uint8Array) => ({
  size: bytes.length,
  head: bytes.slice(0, 4096),
  chunks: async function* () {
    // The pieces a Blob's stream gives in Chromium (64 KB).
    for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
  },
});
const ms: number[] = [];
let findings = 0;
const cpu0 = process.cpuUsage();
for (let round = 0; round < Number(process.env.BENCH_READ_ROUNDS ?? 3); round++) {
  for (const bytes of texts) {
    const t0 = performance.now();
    const out = await loadReportFile(input(bytes), reference, 'en', () => {}, { regions, today: '2026-12-06' });
    ms.push(performance.now() - t0);
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    findings += out.file.findingCount;
  }
}
const cpu = process.cpuUsage(cpu0);
ms.sort((a, b) => a - b);
const med = ms[Math.floor(ms.length / 2)]!;
console.log(JSON.stringify({ files: FILES, rowsPerFile: ROWS, medianMsPerFile: Math.round(med * 10) / 10, rowsPerSecond: Math.round((ROWS / med) * 1000), cpuMsPerFile: Math.round((cpu.user + cpu.system) / 1000 / ms.length), findings }));
