import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AttachmentManager } from "@/components/forms/attachment-manager";
import { IdeaForm } from "@/components/ideas/idea-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { ideaAttachmentsPath } from "@/lib/ideas/body";
import { mayEditIdea } from "@/lib/ideas/policy";
import { addressableOffices, ideaForEditing } from "@/lib/ideas/queries";
import { addresseeValue } from "@/lib/ideas/schemas";
import { topicOptions } from "@/lib/reference-data/topic-options";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ideas" });
  return pageTitle(locale, t("form.editTitle"), "ideas");
}

/** The writer's edit of an entry: its text (a waiting change, if any, is what they go on from) and its documents. */
export default async function EditIdeaPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "ideas.write");
  const idea = await ideaForEditing((await params).slug);
  if (!idea || !mayEditIdea(user, idea)) notFound();
  const [t, offices, options] = await Promise.all([
    getTranslations({ locale }),
    addressableOffices(),
    topicOptions(locale),
  ]);
  // What the writer goes on from: their change waiting for a moderator, else the entry as it is.
  const shown = idea.pendingFields ?? {
    kind: idea.kind,
    addressee: addresseeValue(idea),
    title: idea.title,
    body: idea.body,
    sphereIds: idea.spheres.map((s) => s.sphereId),
    territoryCodes: idea.territories.map((t) => t.territoryCode),
    imageIds: [],
    taskScope: idea.taskScope,
    taskPlaceAndTime: idea.taskPlaceAndTime,
    taskExpectedResults: idea.taskExpectedResults,
    taskEstimatedCost: idea.taskEstimatedCost?.toString() ?? null,
  };
  return (
    <ClientMessages
      namespaces={[
        "ideas",
        "ui",
        "forms.errors",
        "errors",
        "actingAs",
        "forum.images",
        "attachments",
        "organisationDocuments.fileHint",
        "organisationDocuments.uploading",
      ]}
    >
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("ideas.title"), href: "/ideas" },
          { label: idea.title, href: { pathname: "/ideas/[slug]", params: { slug: idea.slug } } },
          { label: t("ideas.form.editTitle") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("ideas.form.editTitle")}</h1>
      {idea.pendingFields && <Alert tone="info">{t("ideas.state.changeWaiting")}</Alert>}
      <IdeaForm
        target={{ ideaId: idea.id }}
        fixedAddressee={idea.publishedAt !== null}
        defaultValues={{
          kind: shown.kind,
          addressee: shown.addressee,
          title: shown.title,
          body: shown.body,
          sphereIds: shown.sphereIds,
          territoryCodes: shown.territoryCodes,
          imageIds: [],
          taskScope: shown.taskScope ?? "",
          taskPlaceAndTime: shown.taskPlaceAndTime ?? "",
          taskExpectedResults: shown.taskExpectedResults ?? "",
          taskEstimatedCost: shown.taskEstimatedCost ?? "",
          actingFor: "",
        }}
        images={idea.images.map((image) => ({ id: image.id, alt: image.alt }))}
        offices={offices}
        options={options}
        personName={user.name}
        organisations={[]}
      />
      <AttachmentManager
        owner={{ ideaId: idea.id }}
        baseUrl={ideaAttachmentsPath(idea.id)}
        heading={t("ideas.files.heading")}
        intro={t("ideas.files.intro")}
        changeable
        attachments={idea.attachments.map((a) => ({
          id: a.id,
          title: a.pending ? `${a.title} (${t("ideas.files.waiting")})` : a.title,
          format: a.file.kind,
          size: a.file.size,
        }))}
      />
    </ClientMessages>
  );
}
