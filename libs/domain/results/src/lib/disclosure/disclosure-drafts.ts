import { DisclosureSubjectKind } from './disclosure-kinds';
import { redact, RedactionSubject } from './redaction';

/** A finding as a draft may tell it; a covert one's account, place and activity stay out. */
export interface DraftFinding {
  title: string;
  description: string;
  location: string | null;
  covert: boolean;
  activityLocation: string | null;
  activitySummary: string | null;
  activityCovert: boolean;
}

/** What a subject says, read for drafting: public text, the people it names and its covert texts. */
export interface SubjectFacts {
  kind: DisclosureSubjectKind;
  /** The tenant path of the subject's owner: the caller's subtree must hold it. */
  tenantPath: string;
  title: string;
  /** Lines of text that may be published, before redaction. */
  lines: string[];
  findings: DraftFinding[];
  /** Covert texts beyond those of `findings`: never told, masked wherever they appear. */
  covertTexts: string[];
  names: string[];
}

export interface Draft {
  title: string;
  body: string;
  redaction: RedactionSubject;
}

/** What a subject's covert findings and activities said: never to be published. */
export function covertTextsOf(findings: readonly DraftFinding[]): string[] {
  return findings.flatMap((finding) => [
    ...(finding.covert ? [finding.description, finding.location ?? ''] : []),
    ...(finding.covert || finding.activityCovert
      ? [finding.activityLocation ?? '', finding.activitySummary ?? '']
      : []),
  ]);
}

function findingLine(finding: DraftFinding, index: number): string {
  if (finding.covert) {
    return `${index + 1}. ${finding.title}(暗访发现,线索来源不予公开)`;
  }
  const place = finding.location ? `(${finding.location})` : '';
  return `${index + 1}. ${finding.title}${place}:${finding.description}`;
}

/** The body drafted from a subject's facts, with every automatic rule applied. */
export function draftOf(facts: SubjectFacts, title?: string | null): Draft {
  const redaction: RedactionSubject = {
    names: facts.names,
    covertTexts: [...covertTextsOf(facts.findings), ...facts.covertTexts],
  };
  const findingLines = facts.findings.length > 0 ? ['发现的问题:', ...facts.findings.map(findingLine)] : [];
  const body = [...facts.lines, ...findingLines].join('\n');
  return {
    title: redact(title?.trim() || facts.title, redaction),
    body: redact(body, redaction),
    redaction,
  };
}
