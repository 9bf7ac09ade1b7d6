import { AgreementKind } from "../agreements/agreement.model.js";
import { createAgreement } from "../agreements/agreements.commands.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { recordApproval, signAgreement } from "../approval/approval.commands.js";
import { ApprovalDecision } from "../approval/approval.entities.js";
import { approvalStore } from "../approval/approval.store.js";
import { createSubmission } from "../approval/submission.commands.js";
import { agreeBalance, balanceLineCommands } from "../balance/balance.commands.js";
import { BalanceLineKind, type LineInput } from "../balance/balance.model.js";
import { balanceQueries } from "../balance/balance.queries.js";
import { frozenDecisions, submissionBlockers } from "../disputes/applied-decisions.js";
import { agreeSection } from "../section-marks/section-marks.commands.js";
import { stockholmDate } from "../validation/meeting-date.js";
import type * as texts from "./demo-texts.js";
import type { DemoWriter } from "./demo-writer.js";
import type { DemoWho } from "./municipality-seed.js";

// As services.ts wires it: submission asks the disputes capability what blocks it.
const { submitForApproval } = createSubmission({ blockers: submissionBlockers, appliedDecisions: frozenDecisions });

export const scope = (description: string, volume: number, unit: string, unitAmount: string): LineInput => ({
  kind: BalanceLineKind.SCOPE,
  description,
  volume,
  unit,
  unitAmount,
});
export const rate = (description: string, volume: number, unit: string, unitAmount: string): LineInput => ({
  kind: BalanceLineKind.RESOURCE,
  description,
  volume,
  unit,
  unitAmount,
});
export const fixed = (description: string, amount: string): LineInput => ({ kind: BalanceLineKind.RESOURCE, description, amount });

/** What every demo agreement is written with: the writer, the municipality's model, and the steps the scenario repeats. */
export class Scenario {
  readonly year = new Date().getFullYear() + 1;

  constructor(
    readonly writer: DemoWriter,
    readonly kind: AgreementKind.DIREKTBESTALLNING | AgreementKind.VERKSAMHETSUPPDRAG,
  ) {}

  wording(purchaser: "VON" | "KUN"): texts.Wording {
    const kindWord = this.kind === AgreementKind.DIREKTBESTALLNING ? "direktbeställning" : "verksamhetsuppdrag";
    return { kindWord, purchaser: this.writer.organs[purchaser].name, provider: this.writer.organs.PS.name, year: this.year };
  }

  /** A new DRAFT of next year (or `year`), between `purchaser` and PS, and its text as `written` has it. */
  async create(who: DemoWho, title: string, purchaser: "VON" | "KUN", written: texts.SectionTexts, year = this.year): Promise<string> {
    const { organs } = this.writer;
    const { id } = await this.writer.run(who, createAgreement, {
      title: `${title} ${year}`,
      kind: this.kind,
      purchaserOrganId: organs[purchaser].id,
      providerOrganId: organs.PS.id,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    });
    await this.write(id, written);
    return id;
  }

  async write(agreementId: string, written: texts.SectionTexts): Promise<void> {
    const sections = await this.writer.sections(agreementId);
    for (const [key, contributions] of Object.entries(written))
      for (const { who, blocks } of contributions) await this.writer.write(who, sections[key], blocks);
  }

  balance(agreementId: string) {
    return this.writer.read((tx) => balanceQueries.state(tx, agreementId));
  }

  async line(agreementId: string, description: string) {
    return (await this.balance(agreementId)).lines.find((l) => l.description === description)!;
  }

  /** Each line by whoever adds it, on the version they see. */
  async addLines(agreementId: string, lines: Array<[DemoWho, LineInput]>): Promise<void> {
    for (const [who, input] of lines) {
      const { version } = await this.balance(agreementId);
      await this.writer.run(who, balanceLineCommands.addBalanceLine, { agreementId, expectedVersion: version, input });
    }
  }

  /** Both förvaltningschefer mark "balansen håller" on the current version. */
  async agree(agreementId: string, chefs: DemoWho[]): Promise<void> {
    const { version } = await this.balance(agreementId);
    for (const chef of chefs) await this.writer.run(chef, agreeBalance, { agreementId, version });
  }

  /**
   * A drafter of each side marks sections as agreed on their current text (both marks: AGREED): the
   * ones named, or else every required section and every other one with text.
   */
  async agreeText(agreementId: string, parties: readonly DemoWho[], keys?: readonly string[]): Promise<void> {
    const sections = await this.writer.read((tx) => agreementsQueries.sections(tx, agreementId));
    for (const section of sections.filter((s) => (keys ? keys.includes(s.key) : s.required || s.text.trim() !== "")))
      for (const who of parties) await this.writer.run(who, agreeSection, { sectionId: section.id, seq: section.seq });
  }

  submit(agreementId: string, chef: DemoWho) {
    return this.writer.run(chef, submitForApproval, { agreementId });
  }

  /**
   * A committee's approval, recorded by its secretary as met today: the one meeting date a decision
   * recorded now surely may have.
   */
  approve(agreementId: string, secretary: DemoWho, organ: "VON" | "PS", paragraph: string) {
    const input = {
      organId: this.writer.organs[organ].id,
      decision: ApprovalDecision.APPROVED,
      meetingDate: stockholmDate(new Date()),
      paragraph,
    };
    return this.writer.run(secretary, recordApproval, { agreementId, input });
  }

  async sign(agreementId: string, chefs: DemoWho[]): Promise<void> {
    const { contentHash } = (await this.writer.read((tx) => approvalStore.latestVersion(tx, agreementId)))!;
    for (const chef of chefs) await this.writer.run(chef, signAgreement, { agreementId, contentHash });
  }
}
