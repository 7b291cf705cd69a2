/** Every BullMQ queue in one place. */
export const QUEUES = {
  email: 'email',
  /** Scheduled housekeeping (retention rules). */
  maintenance: 'maintenance',
  /** The periodic consultation-reminder sweep. */
  consultations: 'consultations',
  /** Event reminders the day before (a sweep every 15 minutes). */
  events: 'events',
  /** Reminders of funded projects' reports (a sweep every hour). */
  reports: 'reports',
  /** List exports (CSV, XLSX) written to storage, and the hourly removal of expired ones. */
  exports: 'exports',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Which queue the outbox relay puts each kind of OutboxMessage on. */
export const OUTBOX_KIND_QUEUES: Record<string, QueueName> = {
  email: QUEUES.email,
};
