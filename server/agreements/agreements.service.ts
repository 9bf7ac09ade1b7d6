import type { Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { badInput, conflict, forbidden, invalidState, notFound } from "../errors.js";
import { appendEvent } from "../events/event-log.js";
import { OrganEntity } from "../identity/identity.entities.js";
import { OrganKind, type Actor } from "../identity/identity.model.js";
import { agreementPolicy } from "../policies/agreements.policy.js";
import { assertAllowed, MUNICIPALITY_WIDE_READERS, holdsRoleAnywhere } from "../policies/policy.js";
import { AgreementEntity, SectionEntity, SectionTemplateEntity } from "./agreement.entities.js";
import { AgreementKind, AgreementStatus } from "./agreement.model.js";
import { validateAgreementFields, type AgreementFields } from "./agreement.validation.js";
import { nextDiarienummer } from "./diarienummer.js";

export interface CreateAgreement extends AgreementFields {
  kind: AgreementKind;
  purchaserOrganId: string;
  providerOrganId: string;
}

/** Agreements: creation from the municipality's template, reading within the tenant, draft edits. */
export class AgreementsService {
  async create(tx: Tx, actor: Actor, input: CreateAgreement, parentAgreementId: string | null = null): Promise<AgreementEntity> {
    const fields = validateAgreementFields(input);
    const purchaser = await this.organOfKind(tx, input.purchaserOrganId, OrganKind.BESTALLARNAMND, "purchaserOrganId");
    const provider = await this.organOfKind(tx, input.providerOrganId, OrganKind.PRODUKTIONSSTYRELSE, "providerOrganId");
    assertAllowed(
      agreementPolicy.canCreate(actor, purchaser.id, provider.id),
      "Bara förvaltningschefer och handläggare hos beställaren eller utföraren kan skapa överenskommelser",
    );
    const diarienummer = await nextDiarienummer(tx, purchaser, new Date().getFullYear());
    const agreement = await tx.em.save(
      tx.em.create(AgreementEntity, {
        municipalityId: tx.municipalityId,
        diarienummer,
        title: fields.title,
        kind: input.kind,
        status: AgreementStatus.DRAFT,
        purchaserOrganId: purchaser.id,
        providerOrganId: provider.id,
        periodStart: fields.periodStart,
        periodEnd: fields.periodEnd,
        version: 1,
        lastEventSeq: 0,
        parentAgreementId,
        createdBy: actor.userId,
      }),
    );
    await this.createSectionsFromTemplate(tx, agreement.id);
    await appendEvent(tx, {
      agreementId: agreement.id,
      actorId: actor.userId,
      type: "agreement.created",
      summary: `Överenskommelsen ${diarienummer} skapades`,
      data: { title: agreement.title },
    });
    return agreement;
  }

  /** The agreement if it exists in the caller's municipality and the caller may read it. */
  async get(tx: Tx, actor: Actor, id: string): Promise<AgreementEntity> {
    const agreement = isUuid(id) ? await tx.em.findOneBy(AgreementEntity, { id, municipalityId: tx.municipalityId }) : null;
    if (!agreement) throw notFound("Överenskommelsen");
    assertAllowed(agreementPolicy.canRead(actor, agreement), "Du har ingen roll i den här överenskommelsens nämnder");
    return agreement;
  }

  list(tx: Tx, actor: Actor, status?: AgreementStatus): Promise<AgreementEntity[]> {
    const query = tx.em
      .getRepository(AgreementEntity)
      .createQueryBuilder("a")
      .where("a.municipality_id = :m", { m: tx.municipalityId })
      .orderBy("a.created_at", "DESC");
    if (status) query.andWhere("a.status = :status", { status });
    if (!holdsRoleAnywhere(actor, MUNICIPALITY_WIDE_READERS)) {
      const organIds = actor.roles.map((r) => r.organId);
      if (organIds.length === 0) return Promise.resolve([]);
      query.andWhere("(a.purchaser_organ_id IN (:...organIds) OR a.provider_organ_id IN (:...organIds))", { organIds });
    }
    return query.getMany();
  }

  /** Title and period of a DRAFT, guarded by the agreement's version. */
  async update(tx: Tx, actor: Actor, id: string, expectedVersion: number, patch: Partial<AgreementFields>): Promise<AgreementEntity> {
    const agreement = await this.get(tx, actor, id);
    this.assertDraftEditable(actor, agreement);
    const next = validateAgreementFields({ ...agreement, ...definedOnly(patch) });
    const changes = (["title", "periodStart", "periodEnd"] as const).filter((k) => next[k] !== agreement[k]);
    if (changes.length === 0) return agreement;
    const result = await tx.em
      .createQueryBuilder()
      .update(AgreementEntity)
      .set({ title: next.title, periodStart: next.periodStart, periodEnd: next.periodEnd, version: () => "version + 1" })
      .where("id = :id AND municipality_id = :m AND version = :expectedVersion", { id, m: tx.municipalityId, expectedVersion })
      .execute();
    if (result.affected !== 1) throw conflict(agreement.version);
    for (const key of changes) {
      await appendEvent(tx, {
        agreementId: id,
        actorId: actor.userId,
        type: `agreement.${key}Changed`,
        summary: describeChange(key, agreement[key], next[key]),
        data: { from: agreement[key], to: next[key] },
      });
    }
    return tx.em.findOneByOrFail(AgreementEntity, { id, municipalityId: tx.municipalityId });
  }

  /**
   * The agreement of a section, read-checked for the caller. A section listed through its agreement
   * carries it already (`Agreement.sections` attaches it), so its field resolvers need no second read.
   */
  agreementOfSection(tx: Tx, actor: Actor, section: SectionEntity & { agreement?: AgreementEntity }): Promise<AgreementEntity> {
    return section.agreement ? Promise.resolve(section.agreement) : this.get(tx, actor, section.agreementId);
  }

  sections(tx: Tx, agreementId: string): Promise<SectionEntity[]> {
    return tx.em.find(SectionEntity, {
      where: { agreementId, municipalityId: tx.municipalityId },
      order: { position: "ASC" },
    });
  }

  /** Drafting parties edit; anything but a DRAFT is frozen. */
  assertDraftEditable(actor: Actor, agreement: AgreementEntity): void {
    if (!agreementPolicy.isDrafter(actor, agreement)) throw forbidden("Bara parternas förvaltningschefer och handläggare kan ändra");
    if (agreement.status !== AgreementStatus.DRAFT)
      throw invalidState("Överenskommelsen är inte ett utkast längre och kan inte ändras");
  }

  private async organOfKind(tx: Tx, id: string, kind: OrganKind, field: string): Promise<OrganEntity> {
    const organ = isUuid(id) ? await tx.em.findOneBy(OrganEntity, { id, municipalityId: tx.municipalityId }) : null;
    if (!organ) throw notFound("Organet");
    if (organ.kind !== kind)
      throw badInput(
        kind === OrganKind.BESTALLARNAMND ? "Beställaren måste vara en beställarnämnd" : "Utföraren måste vara produktionsstyrelsen",
        field,
      );
    return organ;
  }

  private async createSectionsFromTemplate(tx: Tx, agreementId: string): Promise<void> {
    const template = await tx.em.find(SectionTemplateEntity, {
      where: { municipalityId: tx.municipalityId },
      order: { position: "ASC" },
    });
    await tx.em.insert(
      SectionEntity,
      template.map((t) => ({
        municipalityId: tx.municipalityId,
        agreementId,
        key: t.key,
        title: t.title,
        required: t.required,
        position: t.position,
        text: "",
        seq: 0,
      })),
    );
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

const FIELD_NAMES = { title: "Titeln", periodStart: "Periodens start", periodEnd: "Periodens slut" } as const;

function describeChange(key: keyof typeof FIELD_NAMES, from: string, to: string): string {
  return `${FIELD_NAMES[key]} ändrades från ”${from}” till ”${to}”`;
}
