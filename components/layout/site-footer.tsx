import { useFormatter, useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/lib/i18n/navigation";
import type { InstanceSettingsView } from "@/lib/settings/queries";
import { telHref } from "@/lib/contact-links";

/**
 * The footer's pages, as plain links: a client Link each cost every page's
 * render its client component and RSC payload, and these pages come from the
 * page cache as whole documents (lib/http/page-cache.ts), where a client
 * navigation would have them rendered afresh. A plain link never prefetches.
 */
type FooterPage = "/accessibility" | "/privacy" | "/terms" | "/contact" | "/spheres" | "/dev/mailbox";

export function SiteFooter({ settings, showMailbox }: { settings: InstanceSettingsView; showMailbox: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const href = (page: FooterPage) => getPathname({ href: page, locale });
  return (
    <footer className="mt-12 border-t-4 border-blue-800 bg-slate-100">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-2">
        <div>
          <h2 className="text-lg font-bold">{t("layout.operator")}</h2>
          <address className="mt-2 not-italic">
            <p className="font-semibold">{settings.operatorName}</p>
            <p>{settings.operatorAddress}</p>
            <p>
              {t("layout.email")}: <a href={`mailto:${settings.operatorEmail}`}>{settings.operatorEmail}</a>
            </p>
            <p>
              {t("layout.phone")}: <a href={telHref(settings.operatorPhone)}>{settings.operatorPhone}</a>
            </p>
            {settings.operatorWebsite && (
              <p>
                {t("layout.website")}: <a href={settings.operatorWebsite}>{settings.operatorWebsite}</a>
              </p>
            )}
          </address>
        </div>
        <div>
          <h2 className="text-lg font-bold">{t("layout.footerNavigation")}</h2>
          <nav aria-label={t("layout.footerNavigation")}>
            <ul className="mt-2 space-y-1">
              <li>
                <a href={href("/accessibility")}>{t("nav.accessibility")}</a>
              </li>
              <li>
                <a href={href("/privacy")}>{t("nav.privacy")}</a>
              </li>
              <li>
                <a href={href("/terms")}>{t("nav.terms")}</a>
              </li>
              <li>
                <a href={href("/contact")}>{t("nav.contact")}</a>
              </li>
              <li>
                <a href={href("/spheres")}>{t("nav.spheres")}</a>
              </li>
              {showMailbox && (
                <li>
                  <a href={href("/dev/mailbox")}>{t("nav.mailbox")}</a>
                </li>
              )}
              {settings.bipUrl && (
                <li>
                  <a href={settings.bipUrl}>{t("layout.bip")}</a>
                </li>
              )}
            </ul>
          </nav>
          <p className="mt-4 text-sm text-slate-700">
            {t("layout.dataSources", { date: format.dateTime(settings.region.registerDate, "short") })}
          </p>
        </div>
      </div>
    </footer>
  );
}
