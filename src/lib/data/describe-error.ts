import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import type { DatasetError } from './schema.ts';

/** A dataset error in the reader's language: where (file, line) and what went wrong. */
export function describeDatasetError(error: DatasetError, t: TranslationFunctions): { where: string; what: string } {
  const where = error.line === null ? t.data.errorFile({ file: error.file }) : t.data.errorLocation({ file: error.file, line: error.line });
  const p = error.problem;
  const m = t.data.problem;
  let what: string;
  switch (p.code) {
    case 'network':
      what = m.network({ status: p.status });
      break;
    case 'empty':
      what = m.empty();
      break;
    case 'noRows':
      what = m.noRows();
      break;
    case 'rowTwice':
      what = m.rowTwice({ form: p.form, row: p.row });
      break;
    case 'unknownParent':
      what = m.unknownParent({ form: p.form, row: p.row, parent: p.parent });
      break;
    case 'checkUnknownRow':
      what = m.checkUnknownRow({ check: p.check, form: p.form });
      break;
    case 'encoding':
      what = m.encoding();
      break;
    case 'parse':
      what = m.parse({ detail: m.parseDetail[p.detail]() });
      break;
    case 'fieldCount':
      what = m.fieldCount({ found: p.found, expected: p.expected });
      break;
    case 'html':
      what = m.html();
      break;
    case 'missingColumn':
      what = m.missingColumn({ column: p.column });
      break;
    case 'required':
      what = m.required({ column: p.column });
      break;
    case 'notNumber':
      what = m.notNumber({ column: p.column, value: p.value });
      break;
    case 'notInteger':
      what = m.notInteger({ column: p.column, value: p.value });
      break;
    case 'outOfRange':
      what = m.outOfRange({ column: p.column, value: p.value, min: p.min, max: p.max });
      break;
    case 'notAllowed':
      what = m.notAllowed({ column: p.column, value: p.value });
      break;
  }
  return { where, what };
}
