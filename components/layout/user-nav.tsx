import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

const linkClass = "inline-flex min-h-11 items-center rounded px-3 font-semibold text-blue-900";

/** Sign-in and sign-up for visitors; the account for a signed-in person. */
export function UserNav({ userName, showAuditLog, showPeople }: { userName: string | null; showAuditLog: boolean; showPeople: boolean }) {
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("userNavigation")}>
      <ul className="flex flex-wrap gap-1">
        {showPeople && (
          <li>
            <Link href="/admin/people" className={linkClass}>
              {t("people")}
            </Link>
          </li>
        )}
        {showAuditLog && (
          <li>
            <Link href="/admin/audit" className={linkClass}>
              {t("audit")}
            </Link>
          </li>
        )}
        {userName ? (
          <li>
            <Link href="/account" className={linkClass}>
              {t("account")}
              <span className="sr-only">: </span>
              <span className="ml-2 font-normal text-slate-700">{userName}</span>
            </Link>
          </li>
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
