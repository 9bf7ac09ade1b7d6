import type { Tx } from "../db/database.js";
import type { OrganEntity } from "../identity/identity.entities.js";

/**
 * `VON 2026/0042`: organ short name, year, running number per organ and year. The upsert takes a row
 * lock on the counter, so concurrent creations queue up and each gets its own number.
 */
export async function nextDiarienummer(tx: Tx, organ: OrganEntity, year: number): Promise<string> {
  const [row] = (await tx.em.query(
    `INSERT INTO diarie_counter (municipality_id, organ_id, year, last_number) VALUES ($1, $2, $3, 1)
     ON CONFLICT (organ_id, year) DO UPDATE SET last_number = diarie_counter.last_number + 1
     RETURNING last_number`,
    [tx.municipalityId, organ.id, year],
  )) as Array<{ last_number: number }>;
  return `${organ.shortName} ${year}/${String(row.last_number).padStart(4, "0")}`;
}
