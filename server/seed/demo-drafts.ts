import { h, p, parties, ul, type Contribution, type SectionTexts, type Wording } from "./demo-texts.js";

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
