import { useTranslations } from "next-intl";
import { SignOutButton } from "@/components/layout/sign-out-button";
import type { AdminLink } from "@/lib/accounts/account-summary";
import { Link } from "@/lib/i18n/navigation";

const linkClass = "inline-flex min-h-11 items-center rounded px-3 font-semibold text-blue-900";

export const adminLinks = {
  people: "/admin/people",
  organisations: "/admin/organisations",
  organisationImports: "/admin/organisation-imports",
  officials: "/admin/officials",
  forumCategories: "/admin/forum",
  forumModeration: "/moderation/forum",
  newsModeration: "/moderation/news",
  libraryModeration: "/moderation/library",
  ideasModeration: "/moderation/ideas",
  ideasSettings: "/admin/ideas",
  ideaCommentsModeration: "/moderation/ideas-comments",
  partnershipsModeration: "/moderation/partnerships",
  partnershipSettings: "/admin/partnerships",
  jobs: "/admin/jobs",
  audit: "/admin/audit",
} as const satisfies Record<AdminLink, string>;

/** Sign-in and sign-up for visitors; the account (and administration, for those allowed) for a signed-in person. */
export function UserNav({
  userName,
  admin,
  unread,
  writesNews = false,
  managesLibrary = false,
  signOutLabels,
}: {
  userName: string | null;
  admin: AdminLink[];
  unread: number;
  writesNews?: boolean;
  managesLibrary?: boolean;
  /** From the server, so pages need not send the account messages to the browser. */
  signOutLabels: { signOut: string; signingOut: string };
}) {
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("userNavigation")}>
      <ul className="flex flex-wrap gap-1">
        {admin.map((link) => (
          <li key={link}>
            <Link href={adminLinks[link]} className={linkClass}>
              {t(link)}
            </Link>
          </li>
        ))}
        {writesNews && (
          <li>
            <Link href="/account/news" className={linkClass}>
              {t("myNews")}
            </Link>
          </li>
        )}
        {managesLibrary && (
          <li>
            <Link href="/account/library" className={linkClass}>
              {t("myLibrary")}
            </Link>
          </li>
        )}
        {userName && (
          <li>
            <Link href="/notifications" className={linkClass}>
              <svg aria-hidden="true" viewBox="0 0 24 24" className="mr-1 h-5 w-5 fill-current">
                <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
              </svg>
              {t("notifications")}
              {unread > 0 && (
                <span className="ml-2 rounded-full bg-red-800 px-2 text-sm text-white">
                  {unread}
                  <span className="sr-only"> {t("unread", { count: unread })}</span>
                </span>
              )}
            </Link>
          </li>
        )}
        {userName ? (
          <>
            <li>
              <Link href="/account" className={linkClass}>
                {t("account")}
                <span className="sr-only">: </span>
                <span className="ml-2 font-normal text-slate-700">{userName}</span>
              </Link>
            </li>
            <li>
              <SignOutButton
                label={signOutLabels.signOut}
                pendingLabel={signOutLabels.signingOut}
                className={linkClass}
              />
            </li>
          </>
        ) : (
          <>
            <li>
              <Link href="/sign-in" className={linkClass}>
                {t("signIn")}
              </Link>
            </li>
            <li>
              <Link href="/sign-up" className={linkClass}>
                {t("signUp")}
              </Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
