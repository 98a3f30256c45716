import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { InstanceSettingsView } from "@/lib/settings/queries";
import { telHref } from "@/lib/contact-links";

export function SiteFooter({ settings, showMailbox }: { settings: InstanceSettingsView; showMailbox: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
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
                <Link href="/accessibility">{t("nav.accessibility")}</Link>
              </li>
              <li>
                <Link href="/privacy">{t("nav.privacy")}</Link>
              </li>
              <li>
                <Link href="/terms">{t("nav.terms")}</Link>
              </li>
              <li>
                <Link href="/contact">{t("nav.contact")}</Link>
              </li>
              <li>
                <Link href="/spheres">{t("nav.spheres")}</Link>
              </li>
              {showMailbox && (
                <li>
                  <Link href="/dev/mailbox">{t("nav.mailbox")}</Link>
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
