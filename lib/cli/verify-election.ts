// npm run verify-election -- board.json [--head <hash>]... [--lang pl|en|de]
//
// Recounts an election from its published board, without the platform: checks
// the hash chain (and any head hashes noted during voting), every ballot, and
// that the published result follows. Exit code 0 when everything holds, 1 when
// anything does not, 2 when the file cannot be read.
import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { verifyBoard } from "@/lib/elections/verify";
import type { BoardFile } from "@/lib/elections/results";
import { locales, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

function argumentsOf(argv: string[]): { file: string | null; heads: string[]; locale: Locale } {
  const heads: string[] = [];
  let file: string | null = null;
  let locale: Locale = "pl";
  for (let index = 0; index < argv.length; index++) {
    const value = argv[index]!;
    if (value === "--head") heads.push(argv[++index] ?? "");
    else if (value === "--lang") {
      const lang = argv[++index] as Locale;
      if (locales.includes(lang)) locale = lang;
    } else file = value;
  }
  return { file, heads, locale };
}

export function main(argv: string[]): number {
  const { file, heads, locale } = argumentsOf(argv);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "verifier" });
  if (!file) {
    console.error(t("usage"));
    return 2;
  }
  let board: BoardFile;
  try {
    board = JSON.parse(readFileSync(file, "utf8")) as BoardFile;
  } catch (error) {
    console.error(t("unreadable", { file, reason: error instanceof Error ? error.message : String(error) }));
    return 2;
  }
  const result = verifyBoard(board, heads);
  const names = new Map((board.election?.candidates ?? []).map((candidate) => [candidate.id, candidate.name]));
  console.log(t("summary", { title: board.election?.title ?? "?", entries: result.entries, ballots: result.ballots }));
  for (const [id, votes] of Object.entries(result.votes).sort((a, b) => b[1] - a[1]))
    console.log(`  ${names.get(id) ?? id}: ${votes}${result.elected.includes(id) ? ` – ${t("elected")}` : ""}`);
  for (const problem of result.problems)
    console.log(
      `✗ ${t(`problems.${problem.kind}`, { ...("position" in problem ? { position: problem.position } : {}), ...("field" in problem ? { field: problem.field } : {}) })}`,
    );
  console.log(result.ok ? `✓ ${t("ok")}` : `✗ ${t("failed", { count: result.problems.length })}`);
  return result.ok ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
