export enum AgreementKind {
  DIREKTBESTALLNING = "DIREKTBESTALLNING",
  VERKSAMHETSUPPDRAG = "VERKSAMHETSUPPDRAG",
  TILLAGGSUPPDRAG = "TILLAGGSUPPDRAG",
}

export enum AgreementStatus {
  DRAFT = "DRAFT",
  IN_APPROVAL = "IN_APPROVAL",
  APPROVED = "APPROVED",
  SIGNED = "SIGNED",
}

/** The eight sections of DOMAIN.md, the default template of a new municipality. */
export const DEFAULT_SECTION_TEMPLATE: ReadonlyArray<{ key: string; title: string; required: boolean }> = [
  { key: "parter", title: "Parter och giltighetstid", required: true },
  { key: "uppdrag", title: "Uppdragets omfattning och innehåll", required: true },
  { key: "mal", title: "Mål och kvalitetskrav", required: true },
  { key: "uppfoljning", title: "Uppföljning och redovisning", required: true },
  { key: "ersattning", title: "Ersättning och ekonomi", required: true },
  { key: "rapportering", title: "Rapportering", required: false },
  { key: "villkor", title: "Särskilda villkor", required: false },
  { key: "andringar", title: "Ändringar och oenighet", required: true },
];

/** A section's negotiation: OPEN, or AGREED by both parties on its exact content and locked (issue 14). */
export enum SectionStatus {
  OPEN = "OPEN",
  AGREED = "AGREED",
}

/** The two sides that draft an agreement together. */
export enum Party {
  PURCHASER = "PURCHASER",
  PROVIDER = "PROVIDER",
}

/** What a policy needs to know of an agreement. */
export interface AgreementRef {
  id: string;
  municipalityId: string;
  status: AgreementStatus;
  purchaserOrganId: string;
  providerOrganId: string;
}
