/** What other features may show of events: a resource centre's upcoming events. */
export { CentreEventsSection } from './centre-events-section';
