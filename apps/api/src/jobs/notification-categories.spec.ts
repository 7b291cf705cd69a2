import { categoryOfEmail, emailMayBeSkipped } from './notification-categories';
import { EMAIL_TEMPLATES } from './email-templates';

describe('categoryOfEmail', () => {
  it('files the known kinds', () => {
    expect(categoryOfEmail('reset-password')).toBe('account');
    expect(categoryOfEmail('application-submitted')).toBe('applications');
    expect(categoryOfEmail('clarification-requested')).toBe('applications');
  });

  it('places kinds added later by their name, invitations always as account mail', () => {
    expect(categoryOfEmail('reviewer-invitation')).toBe('account');
    expect(categoryOfEmail('review-assigned')).toBe('review');
    expect(categoryOfEmail('decision-letter')).toBe('decisions');
    expect(categoryOfEmail('consultation-booked')).toBe('consultations');
    expect(categoryOfEmail('event-reminder')).toBe('events');
    expect(categoryOfEmail('project-report-due')).toBe('projects');
    expect(categoryOfEmail('something-new')).toBe('account');
  });

  it('never lets a user silence account mail', () => {
    for (const template of EMAIL_TEMPLATES) {
      const category = categoryOfEmail(template);
      expect(emailMayBeSkipped(category)).toBe(category !== 'account');
    }
    expect(emailMayBeSkipped('account')).toBe(false);
  });
});
