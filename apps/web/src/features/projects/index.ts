/** What other features show of funded projects. */
export { PaymentsDueSection } from './payments-due-section';
