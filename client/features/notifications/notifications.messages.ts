// The notifications' texts, merged into the app's messages under `notifications`.
export const notificationsSv = {
  title: 'Notiser',
  bell: 'Notiser, inga olästa | Notiser, en oläst | Notiser, {count} olästa',
  empty: 'Inga notiser.',
  markAll: 'Markera alla som lästa',
  unread: 'Oläst',
  kind: {
    dispute_raised: 'Ny tvist i {diarienummer}',
    dispute_positionAdded: 'Ny ståndpunkt i en tvist i {diarienummer}',
    dispute_withdrawn: 'En tvist i {diarienummer} drogs tillbaka',
    dispute_escalated: 'En tvist i {diarienummer} eskalerades',
    dispute_queued: 'Ny tvist i eskaleringskön: {diarienummer}',
    dispute_assigned: 'En tvist i {diarienummer} tilldelades',
    dispute_referred: 'En tvist i {diarienummer} hänsköts',
    dispute_decided: 'En tvist i {diarienummer} är avgjord',
    followUp_reportDue: 'Uppföljningsrapporten för {period} i {diarienummer} ska lämnas senast {dueDate}',
    followUp_reportOverdue: 'Uppföljningsrapporten för {period} i {diarienummer} är försenad (skulle lämnas senast {dueDate})',
    followUp_actionPlanOverdue: 'En handlingsplan för {period} i {diarienummer} är försenad (skulle vara klar {dueDate})',
    other: 'Händelse i {diarienummer}',
  },
};

export const notificationsEn: typeof notificationsSv = {
  title: 'Notifications',
  bell: 'Notifications, none unread | Notifications, one unread | Notifications, {count} unread',
  empty: 'No notifications.',
  markAll: 'Mark all as read',
  unread: 'Unread',
  kind: {
    dispute_raised: 'New dispute on {diarienummer}',
    dispute_positionAdded: 'New position in a dispute on {diarienummer}',
    dispute_withdrawn: 'A dispute on {diarienummer} was withdrawn',
    dispute_escalated: 'A dispute on {diarienummer} was escalated',
    dispute_queued: 'New dispute in the escalation queue: {diarienummer}',
    dispute_assigned: 'A dispute on {diarienummer} was assigned',
    dispute_referred: 'A dispute on {diarienummer} was referred',
    dispute_decided: 'A dispute on {diarienummer} was decided',
    followUp_reportDue: 'The follow-up report for {period} on {diarienummer} is due by {dueDate}',
    followUp_reportOverdue: 'The follow-up report for {period} on {diarienummer} is overdue (it was due by {dueDate})',
    followUp_actionPlanOverdue: 'An action plan for {period} on {diarienummer} is overdue (it was due by {dueDate})',
    other: 'Event on {diarienummer}',
  },
};
