/** What other features may show of consultations: an organisation's consultation history. */
export { BookingHistory as OrganisationConsultations } from './booking-history';
