/** Every BullMQ queue in one place. */
export const QUEUES = {
  email: 'email',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
