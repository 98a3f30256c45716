import { setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConfirmLinkForm } from "@/components/accounts/confirm-link-form";
import { MailedLinkPage } from "@/components/accounts/mailed-link-page";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const generateMetadata = titleMetadata("confirmEmail");

export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  return (
    <ClientMessages namespaces={["confirmEmail", "errors", "forms.errors", "ui", "verifyEmail"]}>
      <MailedLinkPage
        locale={locale}
        namespace="confirmEmail"
        token={(await searchParams).token}
        form={(token) => <ConfirmLinkForm token={token} kind="confirmEmail" />}
      />
    </ClientMessages>
  );
}
