import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { listMailboxMessages } from "@/lib/mail/mailbox-queries";
import { isMailboxEnabled } from "@/lib/mail/transport";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("mailbox");

export default async function MailboxPage({ params }: Props) {
  if (!isMailboxEnabled() || !can(await getCurrentUser(), "devMailbox.read")) notFound();
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, format, messages] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    listMailboxMessages(),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("mailbox.title") }]} />
      <h1 className="text-3xl font-bold">{t("mailbox.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("mailbox.intro")}</p>
      {messages.length === 0 ? (
        <div className="mt-6">
          <EmptyState title={t("mailbox.empty")} hint={t("mailbox.emptyHint")} />
        </div>
      ) : (
        <Table caption={t("mailbox.caption")}>
          <thead>
            <tr>
              <Th>{t("mailbox.subject")}</Th>
              <Th>{t("mailbox.to")}</Th>
              <Th>{t("mailbox.received")}</Th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <Td>
                  <Link href={{ pathname: "/dev/mailbox/[id]", params: { id: message.id } }}>{message.subject}</Link>
                </Td>
                <Td>{message.to}</Td>
                <Td>
                  <time dateTime={message.createdAt.toISOString()}>
                    {format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                  </time>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
