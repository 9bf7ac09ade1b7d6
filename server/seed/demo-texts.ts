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

const p = (paragraph: string): Block => ({ paragraph });
const h = (heading: string): Block => ({ heading });
const ul = (...bullets: string[]): Block => ({ bullets });

function parties(w: Wording, drafter: DemoWho): Contribution[] {
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

/** Särskilt boende: a draft mid-negotiation, some required sections not written yet. */
export function nursingHomes(w: Wording): SectionTexts {
  return {
    parter: parties(w, "von.handlaggare"),
    uppdrag: [
      {
        who: "von.handlaggare",
        blocks: [
          p(
            "Utföraren ska tillhandahålla vård och omsorg dygnet runt i särskilt boende för äldre på kommunens fem boenden: 182 lägenheter för somatisk vård, 110 lägenheter för personer med demenssjukdom och 15 korttidsplatser.",
          ),
        ],
      },
      {
        who: "ps.handlaggare",
        blocks: [p("Utföraren ansvarar för hälso- och sjukvård upp till sjuksköterskenivå samt för rehabilitering i vardagen.")],
      },
    ],
    mal: [
      {
        who: "von.handlaggare",
        blocks: [
          h("Mål"),
          p("Den enskilde ska kunna leva ett värdigt liv och känna välbefinnande, med en meningsfull vardag."),
          h("Kvalitetskrav"),
          ul(
            "Varje boende har en kontaktperson och en genomförandeplan som följs upp minst var sjätte månad.",
            "Utevistelse erbjuds och genomförs minst två gånger per vecka för den som önskar.",
            "Nattbemanningen på demensboendena följer kommunens bemanningsnorm.",
          ),
        ],
      },
    ],
    uppfoljning: [
      {
        who: "von.handlaggare",
        blocks: [p("Utföraren rapporterar beläggning och vårddygn månadsvis. Övriga mått kommer parterna överens om.")],
      },
    ],
  };
}

/** The comment and reply on `nursingHomes`' quality requirements. */
export const NURSING_HOME_COMMENT = {
  phrase: "minst två gånger per vecka",
  body: "Två utevistelser i veckan året runt kräver mer personal på helgerna än vi har räknat med i balansen. Kan vi skriva att utevistelse erbjuds, och följa upp hur ofta den genomförs?",
  reply:
    "Vi vill behålla genomförandet som krav, men kan tänka oss att följa upp det kvartalsvis i stället för månadsvis. Jag tar upp det med Vera inför nästa möte.",
};

/** Fritidsgårdar: the draft whose balance production disputes. */
export function youthCentres(w: Wording): SectionTexts {
  return {
    parter: [
      {
        who: "ps.handlaggare",
        blocks: [
          p(
            `Denna överenskommelse är en ${w.kindWord} mellan ${w.purchaser}, nedan kallad beställaren, och ${w.provider}, nedan kallad utföraren, och gäller kalenderåret ${w.year}.`,
          ),
        ],
      },
    ],
    uppdrag: [
      {
        who: "ps.handlaggare",
        blocks: [
          p(
            "Utföraren ska driva kommunens fyra fritidsgårdar med öppen verksamhet för unga 13–19 år, sammanlagt 9 800 öppettimmar per år, och sommarverksamhet för 420 deltagare.",
          ),
          ul("Öppet måndag–torsdag 15–21 och fredag 15–23.", "Minst två vuxna i tjänst under hela öppettiden."),
        ],
      },
    ],
    mal: [
      {
        who: "ps.handlaggare",
        blocks: [
          p("Fritidsgårdarna ska vara trygga mötesplatser där unga har inflytande över verksamhetens innehåll."),
          ul("Minst 80 procent av besökarna känner sig trygga på gården.", "Ett ungdomsråd på varje gård träffas minst en gång i månaden."),
        ],
      },
    ],
  };
}

/** The tilläggsuppdrag to the signed hemtjänst agreement: what it adds to the copied text. */
export const NIGHT_PATROL_AMENDMENT: Contribution = {
  who: "von.handlaggare",
  blocks: [
    h("Tilläggsuppdrag: utökad nattpatrull"),
    p(
      "Från och med den 1 april utökas nattpatrullen med en bil i kommunens norra del, där antalet brukare med insatser nattetid har ökat med en fjärdedel sedan föregående år.",
    ),
  ],
};
