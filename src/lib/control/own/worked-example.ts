// The filed report of data/control/report_cells.csv written into its template: the worked example
// officials can download or load. Values as filed (blank stays blank, "-" stays "-").
import { parsePeriod } from '../period.ts';
import type { ReportCellRow } from '../report-view.ts';
import type { TemplateFill } from './template.ts';

/** The interchange part of a filed cell (report-view.ts's ReportCellRow carries more). */
export type FiledCell = Pick<ReportCellRow, 'form' | 'reporter' | 'region_id' | 'period' | 'code' | 'applicant' | 'service' | 'value'>;

const SEP = '\u001f';

export function fillFromCells(cells: readonly FiledCell[]): { form: string; fill: TemplateFill } | undefined {
  const first = cells[0];
  if (!first) return undefined;
  const values = new Map<string, string>();
  const services = new Map<string, string[]>();
  let quarter = '';
  for (const c of cells) {
    const p = parsePeriod(c.period);
    if (!p) continue;
    const slot = p.kind === 'quarter' ? 'q' : `m${((p.month - 1) % 3) + 1}`;
    if (p.kind === 'quarter') quarter = c.period;
    const applicant = c.applicant ?? '';
    const service = c.service ?? '';
    values.set([c.code, applicant, service, slot].join(SEP), c.value ?? '');
    if (service !== '') {
      const k = c.code + SEP + applicant;
      const list = services.get(k) ?? [];
      if (!list.includes(service)) list.push(service);
      services.set(k, list);
    }
  }
  return {
    form: first.form,
    fill: {
      reporter: first.reporter,
      region_id: first.region_id ?? '',
      quarter,
      value: (code, applicant, service, slot) => values.get([code, applicant, service, slot].join(SEP)),
      services: (code, applicant) => services.get(code + SEP + applicant) ?? [],
    },
  };
}
