// The committee secretary's decision form, and the correction of a recorded decision: Swedish first,
// English with the same keys; spread into the approval messages.

export const decisionFormSv = {
  form: {
    title: 'Registrera beslut i {organ}',
    decision: 'Nämndens beslut',
    APPROVED: 'Godkänd',
    RETURNED: 'Återremiss',
    meetingDate: 'Sammanträdesdatum',
    meetingDateHint: 'ÅÅÅÅ-MM-DD',
    paragraph: 'Paragraf',
    paragraphHint: 'Till exempel § 123',
    remarks: 'Motivering',
    remarksHint: 'Krävs vid återremiss. Visas för parterna.',
    submit: 'Registrera beslutet',
    submitting: 'Registrerar…',
    recorded: 'Beslutet är registrerat.',
    errors: {
      decision: 'Välj nämndens beslut.',
      meetingDate: 'Ange sammanträdesdatum som ÅÅÅÅ-MM-DD.',
      paragraph: 'Ange paragrafen som ett nummer, till exempel § 123.',
      remarks: 'En återremiss behöver en motivering.',
      meetingDateFuture: 'Sammanträdesdatumet kan inte ligga i framtiden. Ange dagen då sammanträdet hölls.',
      meetingDateEarly: 'Sammanträdet kan inte ha hållits före {date}, då överenskommelsen skickades till beslut.',
    },
  },
  correction: {
    title: 'Rätta beslutet i {organ}',
    intro:
      'Rätta sammanträdesdatum, paragraf eller motivering så som de står i det justerade protokollet. Själva beslutet kan inte ändras. De tidigare uppgifterna och skälet syns i historiken.',
    reason: 'Skäl till rättelsen',
    reasonHint: 'Visas för parterna i historiken.',
    submit: 'Spara rättelsen',
    submitting: 'Sparar…',
    cancel: 'Avbryt',
    done: 'Rättelsen är sparad.',
    errors: {
      reason: 'Ange varför uppgifterna rättas.',
      unchanged: 'Ändra minst en uppgift, eller avbryt.',
    },
  },
};

export const decisionFormEn: typeof decisionFormSv = {
  form: {
    title: 'Record the decision of {organ}',
    decision: 'The committee’s decision',
    APPROVED: 'Approved',
    RETURNED: 'Returned (återremiss)',
    meetingDate: 'Meeting date',
    meetingDateHint: 'YYYY-MM-DD',
    paragraph: 'Paragraph',
    paragraphHint: 'For example § 123',
    remarks: 'Reasons',
    remarksHint: 'Required when returned. Shown to the parties.',
    submit: 'Record the decision',
    submitting: 'Recording…',
    recorded: 'The decision is recorded.',
    errors: {
      decision: 'Choose the committee’s decision.',
      meetingDate: 'Enter the meeting date as YYYY-MM-DD.',
      paragraph: 'Enter the paragraph as a number, for example § 123.',
      remarks: 'A return needs its reasons.',
      meetingDateFuture: 'The meeting date cannot be in the future. Enter the day the meeting was held.',
      meetingDateEarly: 'The meeting cannot have been held before {date}, when the agreement was submitted for decision.',
    },
  },
  correction: {
    title: 'Correct the decision of {organ}',
    intro:
      'Correct the meeting date, paragraph or reasons as the confirmed minutes have them. The decision itself cannot change. The earlier details and the reason are shown in the history.',
    reason: 'Reason for the correction',
    reasonHint: 'Shown to the parties in the history.',
    submit: 'Save the correction',
    submitting: 'Saving…',
    cancel: 'Cancel',
    done: 'The correction is saved.',
    errors: {
      reason: 'Say why the details are corrected.',
      unchanged: 'Change at least one detail, or cancel.',
    },
  },
};
