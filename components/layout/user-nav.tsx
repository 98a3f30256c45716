import { useTranslations } from "next-intl";
import { AccountMenu } from "@/components/layout/account-menu";
import type { AdminLink, MenuMembership } from "@/lib/accounts/account-summary";
import { Link } from "@/lib/i18n/navigation";

const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 font-semibold text-blue-900";

/** The bell: the count is seen, and with the word "unread" heard (the word itself is the link's name). */
function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations("nav");
  return (
    <Link href="/notifications" className={`${linkClass} relative`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 fill-current">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span className="sr-only">{t("notifications")}</span>
      {unread > 0 && (
        <span className="ml-1 rounded-full bg-red-800 px-2 text-sm text-white">
          {unread}
          <span className="sr-only"> {t("unread", { count: unread })}</span>
        </span>
      )}
    </Link>
  );
}

/** Sign-in and sign-up for visitors; the bell and the account menu for a signed-in person. */
export function UserNav({
  userName,
  admin,
  unread,
  memberships = [],
  writesNews = false,
  managesLibrary = false,
  signOutLabels,
}: {
  userName: string | null;
  admin: AdminLink[];
  unread: number;
  memberships?: MenuMembership[];
  writesNews?: boolean;
  managesLibrary?: boolean;
  /** From the server, so pages need not send the account messages to the browser. */
  signOutLabels: { signOut: string; signingOut: string };
}) {
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("userNavigation")}>
      <ul className="flex flex-wrap items-center gap-1">
        {userName ? (
          <>
            <li>
              <NotificationBell unread={unread} />
            </li>
            <li>
              <AccountMenu
                userName={userName}
                admin={admin}
                memberships={memberships}
                writesNews={writesNews}
                managesLibrary={managesLibrary}
                signOutLabels={signOutLabels}
              />
            </li>
          </>
        ) : (
          <>
            <li>
              <Link href="/sign-in" className={`${linkClass} text-sm`}>
                {t("signIn")}
              </Link>
            </li>
            <li>
              <Link href="/sign-up" className={`${linkClass} text-sm`}>
                {t("signUp")}
              </Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
