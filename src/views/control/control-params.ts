// URL state of #/control: the applicant column of the filed report and each table's sort.
import { codeParam, enumParam } from '../../lib/url/params.ts';
import type { viewState } from '../../lib/url/links.svelte.ts';

const SORT = /^[a-z0-9_]{1,40}-(asc|desc)$/;

export const CONTROL_PARAMS = {
  applicant: enumParam(['individual', 'legal'] as const, 'individual'),
  forms: codeParam(SORT),
  channels: codeParam(SORT),
  services: codeParam(SORT),
  control: codeParam(SORT),
  findings: codeParam(SORT),
  published: codeParam(SORT),
  trend: codeParam(SORT),
};

export type ControlState = ReturnType<typeof viewState<typeof CONTROL_PARAMS>>;
export type SortParam = Exclude<keyof typeof CONTROL_PARAMS, 'applicant'>;
