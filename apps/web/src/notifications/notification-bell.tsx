/** The unread-notification count in the header; filled in with the notifications page. */
export function NotificationBell() {
  return null;
}
