// The kinds of notification. Each has its entry text under
// `notifications.types.<type>` (with the event's data as parameters) in the
// message catalogues; later modules add theirs here.
export const notificationTypes = [
  "membership.requested",
  "membership.approved",
  "membership.refused",
  "organisation.invitation_accepted",
  "organisation.verified",
  "organisation.registered",
  "security.password_changed",
  "security.two_factor_changed",
  "security.new_sign_in",
] as const;
export type NotificationType = (typeof notificationTypes)[number];

/** Message keys cannot hold dots (lib/i18n/messages.test.ts). */
export const messageKeyOf = (type: NotificationType) => type.replace(".", "_") as NotificationMessageKey;
export type NotificationMessageKey =
  | "membership_requested"
  | "membership_approved"
  | "membership_refused"
  | "organisation_invitation_accepted"
  | "organisation_verified"
  | "organisation_registered"
  | "security_password_changed"
  | "security_two_factor_changed"
  | "security_new_sign_in";
