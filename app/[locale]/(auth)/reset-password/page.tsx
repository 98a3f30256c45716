import { setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { MailedLinkPage } from "@/components/accounts/mailed-link-page";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const generateMetadata = titleMetadata("resetPassword");

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "resetPassword", "ui"]}>
      <MailedLinkPage
        locale={locale}
        namespace="resetPassword"
        token={(await searchParams).token}
        form={(token) => <ResetPasswordForm token={token} />}
      />
    </ClientMessages>
  );
}
