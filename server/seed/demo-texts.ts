import type { Block } from "./demo-documents.js";
import type { DemoWho } from "./municipality-seed.js";

/**
 * The demo agreements' text, section by section: who wrote what, in the order they wrote it. The
 * wording follows the municipalities' own governance documents (shared/seeds: Österåker's styrmodell
 * and its application instructions for follow-up, Linköping's guidelines for verksamhetsuppdrag).
 */
export interface Contribution {
  who: DemoWho;
  blocks: Block[];
}

/** Contributions by template key (`DEFAULT_SECTION_TEMPLATE`); a key left out is a section nobody has written yet. */
export type SectionTexts = Record<string, Contribution[]>;

/** What the wording depends on: the kind of agreement in words, the parties, the period's year. */
export interface Wording {
  /** "direktbeställning" (Österåker) or "verksamhetsuppdrag" (Linköping). */
  kindWord: string;
  purchaser: string;
  provider: string;
  year: number;
}

export const p = (paragraph: string): Block => ({ paragraph });
export const h = (heading: string): Block => ({ heading });
export const ul = (...bullets: string[]): Block => ({ bullets });

export function parties(w: Wording, drafter: DemoWho): Contribution[] {
  return [
    {
      who: drafter,
      blocks: [
        p(
          `Denna överenskommelse är en ${w.kindWord} mellan ${w.purchaser}, nedan kallad beställaren, och ${w.provider}, nedan kallad utföraren.`,
        ),
        p(`Överenskommelsen gäller från och med den 1 januari ${w.year} till och med den 31 december ${w.year}.`),
        p("Överenskommelsen undertecknas av respektive förvaltningschef efter godkännande i beställarnämnden och Produktionsstyrelsen."),
      ],
    },
  ];
}

function followUp(reports: string[]): Contribution[] {
  return [
    {
      who: "von.handlaggare",
      blocks: [
        p("Utföraren följer löpande upp verksamheten och rapporterar till beställaren med de intervall som anges nedan:"),
        ul(...reports),
        p(
          "Beställaren besöker verksamheten minst en gång per år för att med ansvariga chefer följa upp och diskutera resultaten. Vid avvikelser från mål eller kvalitetskrav kan beställaren kräva en åtgärdsplan.",
        ),
      ],
    },
    {
      who: "ps.handlaggare",
      blocks: [
        p(
          "Resultaten sammanställs årligen, redovisas för beställarnämnden och publiceras på kommunens webbplats, så att brukare och anhöriga kan ta del av och jämföra dem.",
        ),
      ],
    },
  ];
}

function compensation(model: string): Contribution[] {
  return [
    {
      who: "ps.handlaggare",
      blocks: [
        p(
          "Ersättningen bygger på en gemensam uppskattning av uppdragets omfattning och framgår av balansen mellan uppdrag och resurser i denna överenskommelse.",
        ),
        p(model),
        p(
          "Utföraren redovisar kostnaderna enligt principen om öppna böcker till beställarens förvaltning, kvartalsvis och i samband med bokslutet.",
        ),
      ],
    },
  ];
}

const reporting = (w: Wording): Contribution[] => [
  {
    who: "ps.handlaggare",
    blocks: [
      p(
        `Utföraren lämnar en verksamhetsplan för ${w.year} senast den 31 oktober året före och en verksamhetsberättelse senast den 15 februari året efter.`,
      ),
      p("Synpunkter, klagomål, avvikelser och anmälningar rapporteras till beställaren månadsvis."),
    ],
  },
];

const changes = (w: Wording): Contribution[] => [
  {
    who: "von.handlaggare",
    blocks: [
      p(
        `Ändringar av uppdragets omfattning under ${w.year} görs genom ett tilläggsuppdrag, som godkänns och undertecknas i samma ordning som denna överenskommelse.`,
      ),
      p(
        "Kan parterna inte enas om tolkningen av överenskommelsen i fråga om ekonomi, mål, kvalitetskrav eller uppföljning, och anser någon av dem att en lösning skulle få oacceptabla ekonomiska eller kvalitetsmässiga konsekvenser, hänskjuts frågan till kommunledningen. Beroende på frågans principiella betydelse löses den på tjänstemannanivå eller av kommunstyrelsen eller kommunfullmäktige.",
      ),
    ],
  },
];

/** Hemtjänst in ordinary housing: complete, signed. */
export function homeCare(w: Wording): SectionTexts {
  return {
    parter: parties(w, "von.handlaggare"),
    uppdrag: [
      {
        who: "von.handlaggare",
        blocks: [
          p(
            "Utföraren ska utföra hemtjänst i ordinarie boende i hela kommunen, dygnet runt, enligt de biståndsbeslut som beställarens biståndshandläggare fattar.",
          ),
          ul(
            "Personlig omvårdnad och serviceinsatser enligt beviljade beslut.",
            "Trygghetslarm med larmutryckning dygnet runt.",
            "Nattpatrull med tillsyn och insatser nattetid.",
          ),
        ],
      },
      {
        who: "ps.handlaggare",
        blocks: [
          p(
            "Utföraren är kommunens yttersta garant: nya uppdrag tas emot inom 24 timmar, också när brukaren inte har valt utförare eller när en annan utförare inte kan fullfölja sitt uppdrag.",
          ),
        ],
      },
    ],
    mal: [
      {
        who: "von.handlaggare",
        blocks: [
          h("Mål"),
          p("Brukarna ska känna sig trygga med hemtjänsten och ha inflytande över hur och när insatserna utförs."),
          h("Kvalitetskrav"),
          ul(
            "En genomförandeplan upprättas tillsammans med brukaren inom 14 dagar från ett nytt beslut.",
            "En brukare med dagliga insatser möter högst 15 olika medarbetare under en period av 14 dagar.",
            "Larmutryckning är på plats inom 30 minuter vid minst 95 procent av larmen.",
            "Minst 90 procent av brukarna är nöjda med hemtjänsten i den nationella brukarundersökningen.",
          ),
        ],
      },
    ],
    uppfoljning: followUp([
      "månadsvis: utförda timmar per brukare, larmutryckningar och tid till plats,",
      "kvartalsvis: personalkontinuitet, avvikelser och klagomål,",
      "årligen: resultat från brukarundersökningen och verksamhetsberättelse.",
    ]),
    ersattning: compensation(
      "Hemtjänsten ersätts per utförd timme enligt verksamhetssystemet, trygghetslarmet per brukare och månad och nattpatrullen med en fast ersättning som betalas ut med en tolftedel per månad.",
    ),
    rapportering: reporting(w),
    andringar: changes(w),
  };
}

/** Day care for people with dementia: complete, in approval. */
export function dayCare(w: Wording): SectionTexts {
  return {
    parter: parties(w, "von.handlaggare"),
    uppdrag: [
      {
        who: "von.handlaggare",
        blocks: [
          p(
            "Utföraren ska bedriva dagverksamhet för personer med demenssjukdom som bor i ordinarie boende, vardagar klockan 08.00–16.30, med sammanlagt 48 platser på två enheter.",
          ),
          p("I uppdraget ingår anhörigstöd i form av samtalsgrupper för anhöriga, tolv grupper per år."),
        ],
      },
    ],
    mal: [
      {
        who: "von.handlaggare",
        blocks: [
          h("Mål"),
          p("Dagverksamheten ska bidra till att deltagarna kan bo kvar hemma längre och att deras anhöriga avlastas."),
          h("Kvalitetskrav"),
          ul(
            "Varje deltagare har en individuell genomförandeplan som följs upp minst var sjätte månad.",
            "Personalen har utbildning i demensvård.",
            "Beläggningen är i genomsnitt minst 85 procent per månad.",
          ),
        ],
      },
    ],
    uppfoljning: followUp(["månadsvis: beläggning och antal deltagare,", "årligen: deltagar- och anhörigenkät och verksamhetsberättelse."]),
    ersattning: compensation(
      "Dagverksamheten ersätts med en fast årlig ersättning och anhörigstödet per genomförd samtalsgrupp, båda utbetalda månadsvis.",
    ),
    andringar: changes(w),
  };
}

/** Meals delivered to people living at home: complete, approved by both committees, awaiting the signatures. */
export function mealDelivery(w: Wording): SectionTexts {
  return {
    parter: parties(w, "ps.handlaggare"),
    uppdrag: [
      {
        who: "ps.handlaggare",
        blocks: [
          p(
            "Utföraren lagar och levererar kylda måltider till brukare i ordinarie boende som har beviljats matdistribution, sammanlagt omkring 145 000 portioner per år.",
          ),
          ul("Leverans två gånger per vecka på överenskommen dag och tid.", "Specialkost och konsistensanpassad kost enligt ordination."),
        ],
      },
    ],
    mal: [
      {
        who: "von.handlaggare",
        blocks: [
          h("Mål"),
          p("Måltiderna ska vara näringsriktiga, goda och bidra till att brukaren kan fortsätta bo hemma."),
          h("Kvalitetskrav"),
          ul(
            "Minst 98 procent av leveranserna sker på överenskommen dag.",
            "Matsedeln tas fram tillsammans med en dietist och följer Livsmedelsverkets råd för äldre.",
            "Minst 85 procent av brukarna är nöjda med maten i den årliga enkäten.",
          ),
        ],
      },
    ],
    uppfoljning: followUp([
      "månadsvis: levererade portioner och avvikande leveranser,",
      "årligen: brukarenkät om maten och verksamhetsberättelse.",
    ]),
    ersattning: compensation(
      "Matdistributionen ersätts per levererad portion enligt leveranssystemet och betalas ut månadsvis i efterskott.",
    ),
    andringar: changes(w),
  };
}
