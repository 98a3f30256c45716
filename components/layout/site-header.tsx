import { useTranslations } from "next-intl";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { MainNav } from "@/components/layout/main-nav";
import { AccountNav } from "@/components/layout/account-nav";
import { Link } from "@/lib/i18n/navigation";

/** The same for everyone: the person's own links come from AccountNav, in the browser. */
export function SiteHeader({
  platformName,
  isDemo,
  signOutLabels,
}: {
  platformName: string;
  isDemo: boolean;
  signOutLabels: { signOut: string; signingOut: string };
}) {
  const t = useTranslations("layout");
  return (
    <header className="border-b-4 border-blue-800 bg-white">
      {isDemo && (
        <p className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-slate-900">{t("demoNotice")}</p>
      )}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-blue-900 no-underline hover:underline">
          {platformName}
        </Link>
        <LanguageSwitcher />
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-2 pb-2">
        <MainNav />
        <AccountNav signOutLabels={signOutLabels} />
      </div>
    </header>
  );
}
