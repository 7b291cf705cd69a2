import type { TRole } from './roles';

/**
 * Every permission a route can require. Routes name one of these (deny by default);
 * ownership checks happen where the data is loaded, not here.
 */
export const PERMISSIONS = [
  'account:self', // read and change one's own account and sessions
  'calls:read-all', // see calls in every status, drafts included
  'calls:manage', // create, edit, clone, publish, close calls
  'audit:read',
  'users:manage',
  'organisations:use', // create organisations, manage those one owns, accept invitations
  'organisations:read-all', // see every organisation (programme staff)
  'organisations:review-claims', // decide who owns a duplicate registration number
  'applications:apply', // start, edit, submit and withdraw own organisations' applications
  'applications:read-all', // see applications to calls of programmes one staffs (admins: all)
  'applications:manage', // request clarification and other coordinator actions on applications
  'eligibility:manage', // check eligibility of submitted applications to calls of programmes one staffs
  'reviews:manage', // rubric, reviewer pool, assignments, reopening and moderation (programme staff)
  'reviews:work', // declare conflicts and score the applications assigned to oneself
  'decisions:manage', // rank, award, waitlist, reject, send decision letters (programme staff)
  'notifications:self', // read one's own in-app inbox and choose which categories also come by e-mail
  'projects:manage', // agreements, payment tranches and the workflow of funded projects (programme staff)
  'projects:grantee', // follow one's own organisations' funded projects
  'consultations:book', // book, move and cancel consultations for one's own organisations
  'consultations:host', // publish one's availability, see one's agenda, record the sessions one held
  'consultations:manage', // every consultant's sessions, booking on someone's behalf (programme staff)
  'resource-centres:manage', // edit the resource-centre directory
  'events:attend', // register for events with one's account and cancel one's own registrations
  'events:manage', // create events, edit, check people in and issue certificates for those one organises (coordinators: all)
] as const;
export type TPermission = (typeof PERMISSIONS)[number];

/** The single role → permission map (ghostfolio's habit): change access here, nowhere else. */
export const ROLE_PERMISSIONS: Record<TRole, readonly TPermission[]> = {
  applicant: ['account:self', 'notifications:self', 'organisations:use', 'applications:apply', 'projects:grantee', 'consultations:book', 'events:attend'],
  reviewer: ['account:self', 'notifications:self', 'reviews:work', 'events:attend'],
  consultant: ['account:self', 'notifications:self', 'consultations:host', 'events:attend', 'events:manage'],
  coordinator: [
    'account:self',
    'calls:read-all',
    'calls:manage',
    'audit:read',
    'organisations:read-all',
    'organisations:review-claims',
    'applications:read-all',
    'applications:manage',
    'eligibility:manage',
    'reviews:manage',
    'decisions:manage',
    'notifications:self',
    'projects:manage',
    'consultations:host',
    'consultations:manage',
    'resource-centres:manage',
    'events:attend',
    'events:manage',
  ],
  admin: ['account:self', 'notifications:self', 'events:attend', 'calls:read-all', 'audit:read', 'users:manage', 'organisations:read-all', 'applications:read-all'],
};

export function permissionsOf(roles: readonly TRole[]): Set<TPermission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function hasPermission(roles: readonly TRole[], permission: TPermission): boolean {
  return permissionsOf(roles).has(permission);
}
