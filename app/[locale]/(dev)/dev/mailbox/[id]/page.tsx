import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LinkifiedText } from "@/components/mail/linkified-text";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getMailboxMessage } from "@/lib/mail/mailbox-queries";
import { isMailboxEnabled } from "@/lib/mail/transport";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const message = isMailboxEnabled() ? await getMailboxMessage((await params).id) : null;
  return pageTitle(locale, message?.subject ?? (await getTranslations({ locale, namespace: "mailbox" }))("title"));
}

export default async function MailboxMessagePage({ params }: Props) {
  if (!isMailboxEnabled() || !can(await getCurrentUser(), "devMailbox.read")) notFound();
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const message = await getMailboxMessage((await params).id);
  if (!message) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("mailbox.title"), href: "/dev/mailbox" },
          { label: message.subject },
        ]}
      />
      <h1 className="text-3xl font-bold">{message.subject}</h1>
      <dl className="my-4 grid grid-cols-[max-content_1fr] gap-x-4">
        <dt className="font-semibold">{t("mailbox.to")}</dt>
        <dd>{message.to}</dd>
        <dt className="font-semibold">{t("mailbox.received")}</dt>
        <dd>
          <time dateTime={message.createdAt.toISOString()}>
            {format.dateTime(message.createdAt, { dateStyle: "long", timeStyle: "medium" })}
          </time>
        </dd>
      </dl>
      <h2 className="mt-6 text-2xl font-bold">{t("mailbox.textPart")}</h2>
      <div className="mt-2 max-w-3xl rounded border-2 border-slate-300 p-4">
        <LinkifiedText text={message.text} />
      </div>
      {message.html && (
        <p className="mt-6">
          {/* Served by its own route under a sandboxing policy: the message's HTML runs no script. */}
          <a href={`/api/dev-mailbox/${encodeURIComponent(message.id)}`}>{t("mailbox.htmlPart")}</a>
        </p>
      )}
    </>
  );
}
