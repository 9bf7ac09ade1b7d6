import { Column, Entity, PrimaryColumn } from "typeorm";
import type { Party } from "../agreements/agreement.model.js";

/** A party's "avsnittet är överenskommet" on one exact `seq` of a section; one per party. */
@Entity("section_mark")
export class SectionMarkEntity {
  @PrimaryColumn({ type: "uuid" }) sectionId: string;
  @PrimaryColumn({ type: "text" }) party: Party;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) userId: string;
  @Column({ type: "int" }) seq: number;
  @Column({ type: "timestamptz" }) at: Date;
}
