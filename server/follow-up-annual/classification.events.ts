import { Party } from "../agreements/agreement.model.js";
import { data, defineEvents } from "../events/event-types.js";
import type { Impact, ValueClass } from "./classification.model.js";

/** Classification and responsibility of an agreement (issue 13, item 4): each is an agreement event. */
export const ClassificationEvent = defineEvents("classification", {
  responsibleNamed: data<{ party: Party; userId: string | null; previousUserId: string | null }>(),
  impactAssessed: data<{ from: Impact | null; to: Impact; valueClass: ValueClass; suggestedStrategic: boolean }>(),
  strategicMarked: data<{ strategic: boolean; overGuideline: boolean; strategicInYear: Record<string, number> }>(),
});

/** The kind of the notification a newly named avtalsansvarig receives. */
export const ClassificationNotice = { responsibleNamed: "classification.responsibleNamed" };

const SIDE = { [Party.PURCHASER]: "Beställarens", [Party.PROVIDER]: "Utförarens" } as const;
const LEVEL: Record<string, string> = { LOW: "låg", MEDIUM: "medel", HIGH: "hög" };

export const classificationSummaries = {
  responsibleNamed: (party: Party, name: string | null) =>
    name ? `${SIDE[party]} avtalsansvarig är nu ${name}` : `${SIDE[party]} avtalsansvarig togs bort`,
  impactAssessed: (impact: Impact, value: ValueClass, suggested: boolean) =>
    `Beställaren bedömde påverkan på verksamheten som ${LEVEL[impact]} (värde ${LEVEL[value]})` +
    (suggested ? "; klassificeringen föreslår strategiskt avtal" : ""),
  strategicMarked: (strategic: boolean, overGuideline: boolean) =>
    strategic
      ? `Beställarens förvaltningschef markerade avtalet som strategiskt${overGuideline ? " (fler än riktlinjens cirka 10, bekräftat)" : ""}`
      : "Beställarens förvaltningschef tog bort markeringen som strategiskt avtal",
  youAreResponsible: (diarienummer: string) => `Du är utsedd till avtalsansvarig för ${diarienummer}`,
};
