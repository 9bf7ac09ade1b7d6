// The texts of a dispute's irreversible steps and of the decisions that reach the agreement, merged into
// the disputes feature's messages (`disputes.confirm`, `disputes.dates`, `disputes.applied`). Avoid @ | { }
// in texts unless they are vue-i18n syntax.
export const decisionsSv = {
  confirm: {
    cancel: 'Avbryt',
    escalateTitle: 'Eskalera tvisten till kommunledningen?',
    escalateText:
      'Tvisten går till kommunledningens eskaleringskö och avgörs där, på tjänstemannanivå eller politiskt. Den kan dras tillbaka bara tills kommunledningen har tagit upp den, och överenskommelsen kan inte skickas till beslut förrän tvisten är avgjord.',
    escalate: 'Eskalera tvisten',
    referTitle: 'Hänskjut frågan till {body}?',
    referText:
      'Frågan avgörs då på politisk nivå och kan inte längre avgöras av kommunledningen på tjänstemannanivå. Beslutet registreras med sammanträdesdatum och paragraf i protokollet från {body}.',
    refer: 'Hänskjut frågan',
    decideTitle: 'Registrera beslutet?',
    decideText:
      'Beslutet avslutar tvisten och kan inte ändras i efterhand. Villkoren gäller överenskommelsen; gäller tvisten ett avsnitt visas beslutet där tills en part bekräftar att texten återspeglar det.',
    decideBalanceText:
      'Beslutet avslutar tvisten och kan inte ändras i efterhand. Balansen ersätts med beslutets rader och blir avgjord genom beslut; parternas markeringar tas bort.',
    decide: 'Registrera beslutet',
  },
  dates: {
    future: 'Sammanträdesdatumet kan inte ligga i framtiden. Ange dagen då sammanträdet hölls.',
    early: 'Sammanträdet kan inte ha hållits före {date}, då frågan hänsköts.',
  },
  applied: {
    title: 'Beslut som gäller avsnittet',
    official: 'Kommunledningens beslut på tjänstemannanivå, {date}',
    political: '{body}s beslut, sammanträde {date}, § {paragraph}',
    reference: 'Referens: {reference}',
    pendingHint:
      'För in villkoren i avsnittets text. Bekräfta sedan att texten återspeglar beslutet; först då kan överenskommelsen skickas till beslut.',
    confirm: 'Texten återspeglar beslutet',
    confirmed: 'Bekräftat att texten återspeglar beslutet.',
    reflected: 'Texten bekräftades återspegla beslutet av {name}, {time}.',
    signedNote: 'Beslutet gäller som tolkning av den undertecknade överenskommelsen.',
    balance: 'Balansen',
  },
};

export const decisionsEn: typeof decisionsSv = {
  confirm: {
    cancel: 'Cancel',
    escalateTitle: 'Escalate the dispute to kommunledning?',
    escalateText:
      'The dispute goes to kommunledning’s escalation queue and is decided there, at official or political level. It can be withdrawn only until kommunledning has taken it up, and the agreement cannot be submitted for decision until the dispute is decided.',
    escalate: 'Escalate the dispute',
    referTitle: 'Refer the question to {body}?',
    referText:
      'The question is then decided at political level and can no longer be decided by kommunledning at official level. The decision is recorded with the meeting date and paragraph of the minutes of {body}.',
    refer: 'Refer the question',
    decideTitle: 'Record the decision?',
    decideText:
      'The decision closes the dispute and cannot be changed afterwards. Its conditions apply to the agreement; a decision on a section is shown there until a party confirms that the text reflects it.',
    decideBalanceText:
      'The decision closes the dispute and cannot be changed afterwards. The balance is replaced by the decision’s lines and becomes settled by decision; the parties’ marks are removed.',
    decide: 'Record the decision',
  },
  dates: {
    future: 'The meeting date cannot be in the future. Enter the day the meeting was held.',
    early: 'The meeting cannot have been held before {date}, when the question was referred.',
  },
  applied: {
    title: 'Decisions on this section',
    official: 'Kommunledning’s decision at official level, {date}',
    political: 'Decision of {body}, meeting {date}, § {paragraph}',
    reference: 'Reference: {reference}',
    pendingHint:
      'Write the conditions into the section’s text. Then confirm that the text reflects the decision; only then can the agreement be submitted for decision.',
    confirm: 'The text reflects the decision',
    confirmed: 'Confirmed that the text reflects the decision.',
    reflected: '{name} confirmed that the text reflects the decision, {time}.',
    signedNote: 'The decision applies as the interpretation of the signed agreement.',
    balance: 'The balance',
  },
};
