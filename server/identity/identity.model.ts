/** The identity vocabulary of DOMAIN.md, free of transport and storage concerns. */
export enum Role {
  FORVALTNINGSCHEF = "FORVALTNINGSCHEF",
  HANDLAGGARE = "HANDLAGGARE",
  NAMNDSEKRETERARE = "NAMNDSEKRETERARE",
  KOMMUNLEDNING = "KOMMUNLEDNING",
  REVISOR = "REVISOR",
  ADMIN = "ADMIN",
}

export enum OrganKind {
  KOMMUNFULLMAKTIGE = "KOMMUNFULLMAKTIGE",
  KOMMUNSTYRELSE = "KOMMUNSTYRELSE",
  BESTALLARNAMND = "BESTALLARNAMND",
  PRODUKTIONSSTYRELSE = "PRODUKTIONSSTYRELSE",
}

/** How a municipality judges the provider's margin (DOMAIN.md, "result requirement"). */
export enum ResultRequirementKind {
  /** Österåker: the margin must reach a minimum percentage. */
  MIN_MARGIN = "MIN_MARGIN",
  /** Linköping: cost price, the provider may not run a deficit (margin ≥ 0). */
  COST_PRICE = "COST_PRICE",
}

/** Whether, and how often, a user hears of notifications by e-mail. */
export enum EmailPreference {
  NONE = "NONE",
  IMMEDIATE = "IMMEDIATE",
  DAILY = "DAILY",
}

/** The language of a user's e-mails. */
export type UserLanguage = "sv" | "en";

/** The authenticated caller, as every policy and service sees it. */
export interface Actor {
  userId: string;
  municipalityId: string;
  roles: ReadonlyArray<{ role: Role; organId: string; organKind: OrganKind }>;
  /** The login the caller authenticated with (absent only for callers made without one, e.g. by the seed). */
  session?: { id: string; expiresAt: Date };
}
