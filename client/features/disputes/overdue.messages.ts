// Kommunledning's view of overdue follow-up on the escalation queue page, merged into the disputes
// feature's messages (`disputes.overdue`). Avoid @ | { } in texts unless they are vue-i18n syntax.
export const overdueSv = {
  overdue: {
    title: 'Försenad uppföljning',
    intro:
      'Uppföljningsrapporter som inte har lämnats (eller har skickats tillbaka) efter sista dag, och handlingsplaner som inte är klara i tid, i kommunens undertecknade överenskommelser. De ansvariga har fått en påminnelse.',
    caption: 'Försenad uppföljning ({count} st)',
    empty: 'Ingen uppföljning är försenad.',
    updated: 'Listan över försenad uppföljning har uppdaterats.',
    columns: {
      item: 'Vad',
      agreement: 'Överenskommelse',
      committee: 'Nämnd',
      due: 'Sista dag',
      late: 'Försenad',
      responsible: 'Ansvariga',
    },
    kind: {
      REPORT: 'Rapport för {period}',
      ACTION_PLAN: 'Handlingsplan för {period}',
    },
    days: '{n} dag | {n} dagar',
    nobody: 'Ingen ansvarig',
  },
};

export const overdueEn: typeof overdueSv = {
  overdue: {
    title: 'Overdue follow-up',
    intro:
      "Follow-up reports not submitted (or returned) by their due date, and action plans not done in time, in the municipality's signed agreements. Those responsible have been reminded.",
    caption: 'Overdue follow-up ({count})',
    empty: 'No follow-up is overdue.',
    updated: 'The list of overdue follow-up has been updated.',
    columns: {
      item: 'What',
      agreement: 'Agreement',
      committee: 'Committee',
      due: 'Due',
      late: 'Overdue by',
      responsible: 'Responsible',
    },
    kind: {
      REPORT: 'Report for {period}',
      ACTION_PLAN: 'Action plan for {period}',
    },
    days: '{n} day | {n} days',
    nobody: 'No one responsible',
  },
};
