import { badInput } from "../errors.js";

export interface AgreementFields {
  title: string;
  periodStart: string;
  periodEnd: string;
}

const MAX_TITLE = 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Trims and checks the fields a party may set; the first problem is reported with its field. */
export function validateAgreementFields(input: AgreementFields): AgreementFields {
  const title = input.title.trim();
  if (title.length === 0) throw badInput("Titeln får inte vara tom", "title");
  if (title.length > MAX_TITLE) throw badInput(`Titeln får vara högst ${MAX_TITLE} tecken`, "title");
  if (!isIsoDate(input.periodStart)) throw badInput("Periodens start är inget giltigt datum", "periodStart");
  if (!isIsoDate(input.periodEnd)) throw badInput("Periodens slut är inget giltigt datum", "periodEnd");
  if (input.periodEnd < input.periodStart) throw badInput("Perioden kan inte sluta innan den börjar", "periodEnd");
  return { title, periodStart: input.periodStart, periodEnd: input.periodEnd };
}
