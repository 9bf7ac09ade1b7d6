import { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import { isUuid, type Database, type Tx } from "../db/database.js";
import { notFound } from "../errors.js";
import { MunicipalityEntity } from "../identity/identity.entities.js";

/** What anyone may read without login: a municipality's signed agreements (offentlighetsprincipen). */
export class PublicService {
  constructor(
    private readonly db: Database,
    /** The runner's read in a named municipality. */
    private readonly readIn: <T>(municipalityId: string, work: (tx: Tx) => Promise<T>) => Promise<T>,
  ) {}

  async municipality(slug: string): Promise<MunicipalityEntity> {
    const id = await this.db.across.municipalityBySlug(slug);
    if (!id) throw notFound("Kommunen");
    return this.readIn(id, (tx) => tx.em.findOneByOrFail(MunicipalityEntity, { id: tx.municipalityId }));
  }

  /** Signed agreements only, newest first. Nothing unsigned ever leaves here. */
  async signedAgreements(slug: string): Promise<AgreementEntity[]> {
    const municipality = await this.municipality(slug);
    return this.readIn(municipality.id, (tx) =>
      tx.em.find(AgreementEntity, {
        where: { municipalityId: tx.municipalityId, status: AgreementStatus.SIGNED },
        order: { periodStart: "DESC", diarienummer: "ASC" },
      }),
    );
  }

  /** A signed agreement by id, in whatever municipality: public records need no caller. */
  async signedAgreement(id: string): Promise<AgreementEntity | null> {
    if (!isUuid(id)) return null;
    const municipalityId = await this.db.across.signedAgreementMunicipality(id);
    if (!municipalityId) return null;
    return this.readIn(municipalityId, (tx) =>
      tx.em.findOneBy(AgreementEntity, { id, municipalityId: tx.municipalityId, status: AgreementStatus.SIGNED }),
    );
  }

  inMunicipalityOf<T>(slug: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.municipality(slug).then((m) => this.readIn(m.id, work));
  }
}
