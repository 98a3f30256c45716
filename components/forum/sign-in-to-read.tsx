import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/** What a visitor gets for a forum page closed to visitors: a way to sign in and come back (the page's name stays private). */
export async function SignInToRead({ next, locale }: { next: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "forum" });
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">
        {t("signInToRead")}{" "}
        <Link href={{ pathname: "/sign-in", query: { next } }} className="underline">
          {t("signIn")}
        </Link>
      </p>
    </>
  );
}
