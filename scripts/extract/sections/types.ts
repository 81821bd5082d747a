// Row types produced by the per-service section parser (report sections 2.1–2.70).
import type { CriterionId, ChannelId, ProviderId } from '../lib/ids.ts';
import type { RegionId } from '../lib/regions.ts';
import type { SourceRef } from '../lib/source.ts';

export interface HeadlineRow {
  section: string;
  titleKk: string;
  avgScore: number | null;
  satisfactionPct: number | null;
  rank: number | null;
  respondents: number | null;
  surveyed: boolean;
  source: SourceRef;
  /** 1-based line of the figure in the source file (added field, for tracing and tests). */
  line: number;
}
export interface EarlierYearRow {
  section: string;
  year: number;
  avgScore: number | null;
  satisfactionPct: number | null;
  source: SourceRef;
  /** 1-based line of the figure in the source file (added field, for tracing and tests). */
  line: number;
}
export interface CriterionRow {
  section: string;
  year: number;
  criterionId: CriterionId;
  channel: ChannelId;
  avgScore: number | null;
  satisfactionPct: number | null;
  source: SourceRef;
  /** 1-based line of the figure in the source file (added field, for tracing and tests). */
  line: number;
}
export interface ChannelAverageRow {
  section: string;
  year: number;
  channel: ChannelId;
  avgScore: number | null;
  satisfactionPct: number | null;
  source: SourceRef;
  /** 1-based line of the figure in the source file (added field, for tracing and tests). */
  line: number;
}
export interface CallcentreRow {
  section: string;
  year: number;
  item: string;
  avgScore: number | null;
  satisfactionPct: number | null;
  source: SourceRef;
  /** 1-based line of the figure in the source file (added field, for tracing and tests). */
  line: number;
}
export interface ProviderRow {
  section: string;
  year: number;
  providerId: ProviderId;
  /** The provider's name as printed (added field: several bodies share the kind 'central_body'). */
  providerLabel: string;
  avgScore: number | null;
  satisfactionPct: number | null;
  source: SourceRef;
  /** 1-based line of the figure in the source file (added field, for tracing and tests). */
  line: number;
}
export interface RegionRow {
  section: string;
  year: number;
  regionId: RegionId;
  /** The region label as printed (added field, shows misprints such as "Ақжолы облысы"). */
  regionLabel: string;
  avgScore: number | null;
  satisfactionPct: number | null;
  source: SourceRef;
  /** 1-based line of the figure in the source file (added field, for tracing and tests). */
  line: number;
}
export interface NoteRow {
  noteId: string;
  dataset: string;
  key: string;
  kind: string;
  textKk: string;
  textRu: string;
  textEn: string;
}

/** One answer of a question's distribution (table 190: the ambulance waiting time). */
export interface AnswerRow {
  section: string;
  year: number;
  question: string;
  answer: string;
  /** 1-based place in the printed table. */
  position: number;
  answerKk: string;
  respondents: number | null;
  sharePct: number | null;
  source: SourceRef;
  line: number;
}
/** The printed total of a distribution. */
export interface AnswerTotal {
  section: string;
  year: number;
  question: string;
  respondents: number | null;
  sharePct: number | null;
  source: SourceRef;
  line: number;
}
/** A service-specific aspect's score (tables 191, 192); regionId null = national. */
export interface AspectRow {
  section: string;
  year: number;
  aspectId: string;
  regionId: RegionId | null;
  avgScore: number | null;
  satisfactionPct: number | null;
  source: SourceRef;
  line: number;
}

export interface SectionsResult {
  headlines: HeadlineRow[];
  earlierYears: EarlierYearRow[];
  criteria: CriterionRow[];
  channelAverages: ChannelAverageRow[];
  callcentre: CallcentreRow[];
  providers: ProviderRow[];
  regions: RegionRow[];
  /** Section 2.62's own tables (optional so that hand-made fixtures may leave them out). */
  answers?: AnswerRow[];
  answerTotals?: AnswerTotal[];
  aspects?: AspectRow[];
  notes: NoteRow[];
}
