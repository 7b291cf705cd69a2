// The parts of the frame only a signed-in user sees, in one chunk a visitor never downloads
// (signed-in-parts.tsx loads it).
export { UserMenu } from './user-menu';
export { WorkspaceNav } from './workspace-nav';
export { NotificationBell } from '../../features/notifications/notification-bell';
