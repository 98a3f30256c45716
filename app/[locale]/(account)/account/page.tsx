import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AccountOverview } from "@/components/accounts/account-overview";
import { ChangeEmailForm } from "@/components/accounts/change-email-form";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { PrivacyRights } from "@/components/accounts/privacy-rights";
import { TwoFactorSection } from "@/components/accounts/two-factor-section";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getAccountOverview } from "@/lib/accounts/queries";
import { twoFactorStatus } from "@/lib/accounts/two-factor";
import { roleRequiresTwoFactor } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/redirects";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ twoFactor?: string; welcome?: string }> };

export const generateMetadata = titleMetadata("account", "account");

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, account, twoFactor] = await Promise.all([
    getTranslations({ locale }),
    getAccountOverview(user.id),
    twoFactorStatus(user.id),
  ]);
  const twoFactorRequired = roleRequiresTwoFactor(user);
  const query = await searchParams;
  return (
    <ClientMessages
      namespaces={[
        "changeEmail",
        "changePassword",
        "errors",
        "forms.errors",
        "membershipRequests",
        "privacyRights",
        "twoFactor",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("account.title") }]} />
        <h1 className="text-3xl font-bold">{t("account.title")}</h1>
        {/* Straight after confirming the address (components/accounts/signed-in-after-confirmation.tsx). */}
        {query.welcome === "1" && (
          <Alert tone="success" live>
            {t("account.welcome")}
          </Alert>
        )}
        <AccountOverview account={account} />
        <TwoFactorSection
          enabledAt={twoFactor.enabledAt}
          recoveryCodesLeft={twoFactor.recoveryCodesLeft}
          required={twoFactorRequired}
          highlighted={query.twoFactor === "required"}
        />
        <ChangeEmailForm />
        <ChangePasswordForm />
        <PrivacyRights />
      </>
    </ClientMessages>
  );
}
