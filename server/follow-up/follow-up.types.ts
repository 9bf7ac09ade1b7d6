import { registerEnumType } from "type-graphql";
import { ActionPlanStatus } from "./follow-up.entities.js";
import { IndicatorDirection, IndicatorStatus } from "./indicator-status.js";
import { ReportFrequency } from "./periods.js";

// The follow-up's enums as API.md names them, registered once for the whole schema (a second
// registration under the same name would make the schema refuse to build).
registerEnumType(IndicatorDirection, { name: "IndicatorDirection" });
registerEnumType(ReportFrequency, { name: "ReportFrequency", description: 'Periods "2027-03", "2027-Q1" or "2027"' });
registerEnumType(IndicatorStatus, {
  name: "IndicatorStatus",
  description: "GREEN: reaches the target; YELLOW: misses it but reaches the warning threshold; RED: otherwise",
});
registerEnumType(ActionPlanStatus, { name: "ActionPlanStatus" });
