/*
 * The words a reader sees for the enum codes, in the documents (PDF, public exports). They are the
 * Swedish texts of the web client (client/i18n/sv.ts, the features' *.messages.ts), so the paper and
 * the screen name things alike. An unknown code falls back to itself rather than to nothing.
 */

const labels =
  (table: Record<string, string>) =>
  (code: string | null | undefined): string =>
    code == null ? "" : (table[code] ?? code);

export const agreementKindLabel = labels({
  DIREKTBESTALLNING: "Direktbeställning",
  VERKSAMHETSUPPDRAG: "Verksamhetsuppdrag",
  TILLAGGSUPPDRAG: "Tilläggsuppdrag",
});

export const lineKindLabel = labels({ SCOPE: "Uppdrag", RESOURCE: "Ersättning" });

export const partyLabel = labels({ PURCHASER: "Beställare", PROVIDER: "Utförare" });

export const approvalDecisionLabel = labels({ APPROVED: "Godkänd", RETURNED: "Återremitterad" });

export const disputeSubjectLabel = labels({
  EKONOMI: "Ekonomi",
  MAL: "Mål",
  KVALITETSKRAV: "Kvalitetskrav",
  UPPFOLJNING: "Uppföljning",
  TOLKNING: "Tolkning",
  OVRIGT: "Övrigt",
});

export const disputeLevelLabel = labels({ TJANSTEMANNA: "Tjänstemannanivå", POLITISK: "Politisk nivå" });

export const decidingBodyLabel = labels({ KOMMUNSTYRELSE: "Kommunstyrelsen", KOMMUNFULLMAKTIGE: "Kommunfullmäktige" });

export const yesNo = (value: boolean | null | undefined): string => (value == null ? "" : value ? "Ja" : "Nej");
