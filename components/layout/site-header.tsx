import { useTranslations } from "next-intl";
import { AccountNav } from "@/components/layout/account-nav";
import { HeaderSearch } from "@/components/layout/header-search";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { MainNav } from "@/components/layout/main-nav";
import { Link } from "@/lib/i18n/navigation";

/**
 * Without JavaScript the menu buttons cannot open anything: every area is
 * then shown as a plain list (wrapping, from 1024 px up), and the buttons are
 * hidden. Inline styles are allowed by the pages' policy (lib/security/headers.ts).
 */
const NO_SCRIPT_STYLE =
  ".js-toggle,.js-more{display:none!important}.js-panel{display:flex!important;flex-wrap:wrap;position:static!important;box-shadow:none!important;border:0!important}.js-panel>ul{display:flex;flex-wrap:wrap}.js-area{display:block!important}";

/**
 * One row from 1024 px up: the platform's name, the main areas, the search
 * box, the language and the account (the person's part is AccountNav's, asked by the browser, so
 * the header is the same for everyone and shared pages can be cached). Below
 * 1024 px two rows, about 110 px on a phone: the name and the menu button
 * (whose panel, opening right under this row, also holds the languages), then
 * the search box beside the bell and the account menu or the sign-in links
 * (at 320 px, or zoomed, only its magnifier: the account area leaves no room for a field).
 * The rows are boxes of their own only there (`lg:contents`), so the focus
 * order is the order seen at every width. At 320 px and 200 % zoom they wrap
 * further.
 */
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
    <header className="relative border-b-4 border-blue-800 bg-white">
      <noscript>
        <style>{NO_SCRIPT_STYLE}</style>
      </noscript>
      {isDemo && (
        <p className="bg-amber-100 px-4 py-1 text-center text-sm font-semibold text-slate-900">{t("demoNotice")}</p>
      )}
      <div
        data-header-bar
        className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 lg:flex-nowrap"
      >
        <div className="relative flex basis-full flex-wrap items-center gap-x-3 lg:contents">
          <Link
            href="/"
            className="min-w-0 flex-1 text-sm leading-tight font-bold text-blue-900 no-underline hover:underline sm:text-base lg:max-w-44 lg:flex-none lg:text-sm xl:max-w-60"
          >
            {platformName}
          </Link>
          <MainNav />
        </div>
        <div className="flex basis-full items-center gap-x-2 lg:contents">
          {/* A size container below 1024 px: what the account area leaves of the row decides whether the search
              box has room for its field or shows only its magnifier (HeaderSearchBox). */}
          <div className="@container min-w-0 flex-1 lg:contents">
            <HeaderSearch />
          </div>
          <div className="hidden lg:block">
            <LanguageSwitcher />
          </div>
          <AccountNav signOutLabels={signOutLabels} />
        </div>
      </div>
    </header>
  );
}
