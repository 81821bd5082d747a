// Finds the 70 per-service sections (2.1–2.70) of the report body.
// The table of contents (lines ending in a page number) and the methodology list (lines "2.1 …" without
// a heading mark) also start with "2.N", so only heading-marked lines ("## 2.5", "### 2.1", "**2.38") count.

export interface SectionSpan {
  section: string; // '2.54'
  titleKk: string;
  start: number; // 0-based index of the heading line
  end: number; // exclusive
}

const SECTION_HEADING = /^(?:#{1,4}\s*)?(?:\*\*)?\s*(2\.(\d{1,2}))\.?\s+(.+?)\s*(?:\*\*)?\s*$/;
const HEADING_MARK = /^(#{1,4}\s|\*\*)/;
// The body after the last section: conclusions, then the appendices.
const BODY_END = /^#{1,4}\s*(?:\*\*)?\s*(ҚОРЫТЫНДЫЛАР|[АБ] ҚОСЫМШАСЫ)/;

export function findSections(lines: string[]): SectionSpan[] {
  const spans: SectionSpan[] = [];
  let bodyEnd = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (spans.length > 0 && BODY_END.test(line)) {
      bodyEnd = i;
      break;
    }
    if (!HEADING_MARK.test(line) || line.includes('\t')) continue;
    const m = SECTION_HEADING.exec(line);
    if (!m) continue;
    const section = m[1] ?? '';
    const number = Number(m[2]);
    // Sections come in order; a "2.N" heading out of sequence is a sub-heading, not a new section.
    const expected = spans.length + 1;
    if (number !== expected) continue;
    spans.push({ section, titleKk: cleanTitle(m[3] ?? ''), start: i, end: lines.length });
  }
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (!span) continue;
    span.end = spans[k + 1]?.start ?? bodyEnd;
  }
  return spans;
}

function cleanTitle(raw: string): string {
  return raw.replace(/\*\*/g, '').replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
}
