import { badInput } from "../errors.js";
import type { OrganKind } from "../identity/identity.model.js";
import { isIsoDate, optionalText, requiredText } from "../validation/input.js";
import { assertMeetingDateWithin } from "../validation/meeting-date.js";
import { DisputeLevel, POLITICAL_BODIES } from "./disputes.model.js";

export interface DecisionFields {
  decision: string;
  reference?: string | null;
  meetingDate?: string | null;
  paragraph?: string | null;
}

export interface ValidDecision {
  text: string;
  reference: string | null;
  body: OrganKind | null;
  meetingDate: string | null;
  paragraph: string | null;
}

const MAX_TEXT = 10_000;
const MAX_REFERENCE = 200;
/** "KS 2026-12-03 § 145": body, meeting date, paragraph (a number, perhaps with a letter). */
const MINUTES_REFERENCE = /^(KS|KF)\s+(\d{4}-\d{2}-\d{2})\s+§\s*(\d{1,5}[a-z]?)$/i;
const PARAGRAPH = /^(?:§\s*)?(\d{1,5}[a-z]?)$/i;

/**
 * A decision's text and reference. At official level the reference (e.g. a tjänsteskrivelse's
 * diarienummer) is optional and free. At political level the minutes of the body it was referred
 * to must be named: as `reference` "KS 2026-12-03 § 145", or as `meetingDate` and `paragraph`
 * (the reference is then written in that form); when both are given they must agree. The meeting has
 * been held: not after today, and not before the day the question was referred (`referredAt`), by the
 * Europe/Stockholm calendar; the refusal names the field the date came in.
 */
export function validateDecision(
  input: DecisionFields,
  level: DisputeLevel,
  referredTo: OrganKind | null,
  referredAt: Date | null,
): ValidDecision {
  if (!input.decision?.trim()) throw badInput("Beslutet måste ha en text", "decision");
  const text = requiredText(input.decision, "decision", "Beslutet", MAX_TEXT);
  const reference = optionalText(input.reference, "reference", "Referensen", MAX_REFERENCE);
  if (level === DisputeLevel.TJANSTEMANNA || !referredTo) {
    return { text, reference, body: null, meetingDate: null, paragraph: null };
  }

  const abbreviation = POLITICAL_BODIES[referredTo]!;
  let meetingDate = input.meetingDate?.trim() || null;
  let paragraph = input.paragraph?.trim() || null;
  if (meetingDate && !isIsoDate(meetingDate)) throw badInput("Sammanträdesdatumet är inget giltigt datum", "meetingDate");
  if (paragraph) {
    const match = PARAGRAPH.exec(paragraph);
    if (!match) throw badInput("Paragrafen anges som ett nummer, t.ex. 145", "paragraph");
    paragraph = match[1];
  }
  if (reference) {
    const match = MINUTES_REFERENCE.exec(reference);
    if (!match)
      throw badInput(
        `Ange protokollsreferensen som ”${abbreviation} ÅÅÅÅ-MM-DD § nummer”, t.ex. ${abbreviation} 2026-12-03 § 145`,
        "reference",
      );
    const [, body, date, number] = match;
    if (body.toUpperCase() !== abbreviation)
      throw badInput(`Frågan är hänskjuten till ${abbreviation}; referensen ska gälla dess protokoll`, "reference");
    if (!isIsoDate(date)) throw badInput("Referensens datum är inget giltigt datum", "reference");
    if ((meetingDate && meetingDate !== date) || (paragraph && paragraph.toLowerCase() !== number.toLowerCase())) {
      throw badInput("Referensen stämmer inte med sammanträdesdatum och paragraf", "reference");
    }
    meetingDate = date;
    paragraph = number;
  }
  if (!meetingDate || !paragraph) {
    throw badInput(
      `Ett politiskt beslut kräver protokollsreferens, t.ex. ${abbreviation} 2026-12-03 § 145`,
      meetingDate ? "paragraph" : "reference",
    );
  }
  if (referredAt)
    assertMeetingDateWithin(meetingDate, input.meetingDate?.trim() ? "meetingDate" : "reference", {
      at: referredAt,
      event: `frågan hänsköts till ${abbreviation}`,
    });
  return { text, reference: `${abbreviation} ${meetingDate} § ${paragraph}`, body: referredTo, meetingDate, paragraph };
}
