import { badInput } from "../errors.js";
import { isoDate, requiredText } from "../validation/input.js";

export interface AgreementFields {
  title: string;
  periodStart: string;
  periodEnd: string;
}

const MAX_TITLE = 200;

/** Trims and checks the fields a party may set; the first problem is reported with its field. */
export function validateAgreementFields(input: AgreementFields): AgreementFields {
  const title = requiredText(input.title, "title", "Titeln", MAX_TITLE);
  const periodStart = isoDate(input.periodStart, "periodStart", "Periodens start");
  const periodEnd = isoDate(input.periodEnd, "periodEnd", "Periodens slut");
  if (periodEnd < periodStart) throw badInput("Perioden kan inte sluta innan den börjar", "periodEnd");
  return { title, periodStart, periodEnd };
}
