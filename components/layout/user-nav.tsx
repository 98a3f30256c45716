import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

const linkClass = "inline-flex min-h-11 items-center rounded px-3 font-semibold text-blue-900";

export const adminLinks = {
  people: "/admin/people",
  organisations: "/admin/organisations",
  officials: "/admin/officials",
  jobs: "/admin/jobs",
  audit: "/admin/audit",
} as const;
export type AdminLink = keyof typeof adminLinks;

/** Sign-in and sign-up for visitors; the account (and administration, for those allowed) for a signed-in person. */
export function UserNav({ userName, admin }: { userName: string | null; admin: AdminLink[] }) {
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
