import { Party } from "./agreement.model.js";
import { data, defineEvents } from "../events/event-types.js";
import type { AgreementFields } from "./agreement.validation.js";

/** The agreement's own events: its creation, edits of its fields and the steps of its lifecycle. */
export const AgreementEvent = defineEvents("agreement", {
  created: data<{ title: string }>(),
  titleChanged: data<{ from: string; to: string }>(),
  periodStartChanged: data<{ from: string; to: string }>(),
  periodEndChanged: data<{ from: string; to: string }>(),
  submitted: data<{ version: number; contentHash: string }>(),
  signed: data<{ party: Party; version: number; contentHash: string }>(),
  /** On the signed original; the tilläggsuppdrag gets its own `created`. */
  amendmentStarted: data<{ amendmentId: string }>(),
});

/** The event of a change of each field a party edits. */
export const FIELD_CHANGED = {
  title: AgreementEvent.titleChanged,
  periodStart: AgreementEvent.periodStartChanged,
  periodEnd: AgreementEvent.periodEndChanged,
} as const;

const FIELD_NAMES: Record<keyof AgreementFields, string> = { title: "Titeln", periodStart: "Periodens start", periodEnd: "Periodens slut" };
const CHIEF_OF = { [Party.PURCHASER]: "Beställarens", [Party.PROVIDER]: "Utförarens" } as const;

export const summaries = {
  created: (diarienummer: string) => `Överenskommelsen ${diarienummer} skapades`,
  fieldChanged: (field: keyof AgreementFields, from: string, to: string) => `${FIELD_NAMES[field]} ändrades från ”${from}” till ”${to}”`,
  submitted: (version: number, contentHash: string) =>
    `Version ${version} frystes och skickades till nämndernas beslut (SHA-256 ${contentHash.slice(0, 12)}…)`,
  signed: (party: Party, version: number) => `${CHIEF_OF[party]} förvaltningschef undertecknade version ${version}`,
  amendmentStarted: (diarienummer: string) => `Tilläggsuppdraget ${diarienummer} påbörjades`,
};
