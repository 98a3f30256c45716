import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ShortHash, SHORT_HASH_LENGTH } from "@/components/elections/short-hash";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { normaliseTracker, trackerFingerprint } from "@/lib/elections/board/chain";
import { boardPage } from "@/lib/elections/board/queries";
import { getElectionBySlug } from "@/lib/elections/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getPathname, Link } from "@/lib/i18n/navigation";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "board" });
  return pageTitle(locale, t("title"), "elections");
}

/** The public bulletin board: the chain during voting; after the close, every ballot by its tracker's fingerprint, and a tracker check. */
export default async function BoardPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const election = await getElectionBySlug(slug);
  if (!election || election.status === "DRAFT" || !election.registryFrozenAt) notFound();
  const query = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number(query.strona) || 1));
  const typed = typeof query.kod === "string" ? query.kod : null;
  const tracker = typed ? normaliseTracker(typed) : null;
  const [t, board] = await Promise.all([
    getTranslations({ locale }),
    boardPage(election.id, page, tracker ? trackerFingerprint(tracker) : null),
  ]);
  const counted = election.countedAt !== null;
  const action = getPathname({ href: { pathname: "/elections/[slug]/board", params: { slug } }, locale });
  const names = (choices: string[]) => choices.map((id) => board.candidates.get(id) ?? id).join(", ");
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("elections.title"), href: "/elections" },
          { label: election.title, href: { pathname: "/elections/[slug]", params: { slug } } },
          { label: t("board.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t("board.title")}: {election.title}
      </h1>
      <p className="mt-4 max-w-3xl">{t("board.intro")}</p>
      <p className="mt-2">
        {t("voting.boardSummary", { cast: election.ballotsCast, eligible: election.registrySize ?? 0 })}
      </p>
      <p className="mt-1 break-all">
        {t("voting.head")} <code>{election.boardHead}</code>
      </p>
      <p className="mt-3">
        <a href={`/api/elections/${election.id}/board`} className="underline" download>
          {t("board.download")}
        </a>
      </p>
      <p className="mt-1 max-w-3xl text-slate-700">{t("board.verifyHow")}</p>

      {counted ? (
        <>
          <form
            action={action}
            role="search"
            aria-labelledby="tracker-heading"
            className="mt-6 max-w-xl rounded border-2 border-slate-300 p-4"
          >
            <h2 id="tracker-heading" className="text-xl font-bold">
              {t("board.checkHeading")}
            </h2>
            <label htmlFor="tracker" className="mt-2 block font-semibold">
              {t("board.trackerLabel")}
            </label>
            <input
              id="tracker"
              name="kod"
              defaultValue={typed ?? ""}
              autoComplete="off"
              spellCheck={false}
              className="mt-1 block min-h-11 w-full rounded border-2 border-slate-600 px-3 py-2 font-mono uppercase"
            />
            <Button type="submit" className="mt-3">
              {t("board.check")}
            </Button>
          </form>
          {typed &&
            (board.found ? (
              <Alert tone="success">{t("board.found", { choices: names(board.found.choices) })}</Alert>
            ) : (
              <Alert tone="error">{tracker ? t("board.notFound") : t("board.trackerInvalid")}</Alert>
            ))}
          <Table caption={t("board.ballotsCaption", { count: board.total })}>
            <thead>
              <tr>
                <Th>{t("board.fingerprint")}</Th>
                <Th>{t("board.choices")}</Th>
              </tr>
            </thead>
            <tbody>
              {board.ballots.map((ballot) => (
                <tr key={ballot.fingerprint}>
                  <Td>
                    <ShortHash value={ballot.fingerprint} />
                  </Td>
                  <Td>
                    <span lang="pl">{names(ballot.choices)}</span>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="max-w-3xl text-sm text-slate-700">{t("board.shortened", { length: SHORT_HASH_LENGTH })}</p>
          {board.total > board.pageSize && (
            <Pagination
              page={page}
              totalPages={Math.ceil(board.total / board.pageSize)}
              href={(p) => `${action}?strona=${p}`}
            />
          )}
        </>
      ) : (
        <>
          <p className="mt-6 max-w-3xl">{t("board.duringVoting")}</p>
          <Table caption={t("board.chainCaption", { count: board.chain.length })}>
            <thead>
              <tr>
                <Th>{t("board.position")}</Th>
                <Th>{t("board.commitment")}</Th>
                <Th>{t("board.hash")}</Th>
              </tr>
            </thead>
            <tbody>
              {board.chain.map((entry) => (
                <tr key={entry.position}>
                  <Td>{entry.position + 1}</Td>
                  <Td>
                    <ShortHash value={entry.commitment} />
                  </Td>
                  <Td>
                    <ShortHash value={entry.hash} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="max-w-3xl text-sm text-slate-700">{t("board.shortened", { length: SHORT_HASH_LENGTH })}</p>
        </>
      )}
      <p className="mt-6">
        <Link href={{ pathname: "/elections/[slug]", params: { slug } }} className="underline">
          {t("board.back")}
        </Link>
      </p>
    </>
  );
}
