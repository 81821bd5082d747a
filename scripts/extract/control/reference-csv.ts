// The control-report reference tables (data/reference/control_*.csv) from forms.ts.
import { columnsOf } from '../../schema/datapackage.ts';
import { toCsv } from '../lib/csv.ts';
import { CHECKS, FORMS, ROWS, type FormId } from './forms.ts';

const FORM_ORDER: FormId[] = ['1-mk', '2-mk', '3-mk', '4-mk', 's000'];

export function referenceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    'reference/control_forms.csv',
    toCsv(columnsOf('controlForms'), FORMS.map((f) => ({ ...f }))),
  );
  const rows: Record<string, string | number | boolean>[] = [];
  const crosswalk: Record<string, string>[] = [];
  for (const form_id of FORM_ORDER) {
    let order = 0;
    const forms = FORMS.find((f) => f.form_id === form_id)!;
    for (const r of ROWS) {
      const printed = r.printed[form_id];
      if (printed === undefined) continue;
      order++;
      rows.push({
        form_id,
        order,
        code: r.code,
        printed,
        parent_code: r.parent,
        section: r.section,
        unit: r.unit,
        periods: forms.periods,
        applicant_split: r.applicant_split,
        service_dim: r.service_dim,
        month_rule: r.month_rule,
        label_kk: r.label_kk,
        label_ru: r.label_ru,
        label_en: r.label_en,
      });
      crosswalk.push({ form_id, axis: forms.periods === 'quarter' ? 'column' : 'row', printed, code: r.code });
    }
  }
  files.set(
    'reference/control_rows.csv',
    toCsv(columnsOf('controlRows'), rows),
  );
  files.set('reference/control_crosswalk.csv', toCsv(columnsOf('controlCrosswalk'), crosswalk));
  const checks = CHECKS.flatMap((c) => c.forms.map((form_id) => ({ form_id, check_id: c.check_id, kind: c.kind, code: c.code, other_code: c.other, source: c.source })));
  files.set('reference/control_checks.csv', toCsv(columnsOf('controlChecks'), checks));
  return files;
}
