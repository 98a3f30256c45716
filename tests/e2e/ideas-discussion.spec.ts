import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { signIn } from "./accounts-helpers";
import { OFFICIAL_STATE } from "./two-factor-helpers";

const ENTRY = "/pomysly/wspolny-kalendarz-wydarzen-w-nysie";

// The commenter is the demo official: the demo resident may be suspended by the forum's moderation journey,
// which runs in the same database in any order.
test("an official comments on an entry mentioning a representative, who quotes the comment in a reply and hears of the mention", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const commenter = await (await newClientContext(browser, OFFICIAL_STATE)).newPage();
  await commenter.goto(ENTRY);
  await expect(commenter.getByRole("heading", { level: 2, name: /^Dyskusja/ })).toBeVisible();
  expect(await axeViolations(commenter)).toEqual([]);

  // Sent empty: the field says why, and nothing is written.
  await commenter.getByRole("button", { name: "Wyślij komentarz" }).click();
  await expect(commenter.getByText("Komentarz jest pusty. Napisz co najmniej 2 znaki.").first()).toBeVisible();

  const body = commenter.getByLabel(/^Treść komentarza/);
  await body.fill(`Kalendarz przyda się też klubom sportowym (${stamp}). Pytanie do `);
  const mention = commenter.getByRole("combobox", { name: "Wspomnij osobę lub organizację" });
  await mention.fill("tomasz spol");
  await expect(commenter.getByRole("option", { name: /Tomasz Społeczny/ })).toBeVisible();
  await commenter.keyboard.press("ArrowDown");
  await commenter.keyboard.press("Enter");
  await expect(body).toHaveValue(/Pytanie do @\[Tomasz Społeczny\]\(user:[a-z0-9]+\) $/);
  await commenter.getByRole("button", { name: "Wyślij komentarz" }).click();
  await expect(commenter.getByText("Komentarz dodany.")).toBeVisible();
  const comment = commenter.getByRole("listitem").filter({ hasText: `klubom sportowym (${stamp})` });
  await expect(comment.locator("strong", { hasText: "@Tomasz Społeczny" })).toBeVisible();
  const number = (await comment.getAttribute("id"))!.replace("komentarz-", "");
  expect(await axeViolations(commenter)).toEqual([]);

  // The representative quotes it and replies.
  const ngo = await (await newClientContext(browser)).newPage();
  await signIn(ngo, "ngo@demo.example.org", "demo-ngo");
  await expect(ngo).not.toHaveURL(/\/logowanie/);
  await ngo.goto("/powiadomienia");
  await expect(
    ngo.getByText(/Wspomniano Cię \(lub Twoją organizację\) w dyskusji pod wpisem Wspólny kalendarz/).first(),
  ).toBeVisible();
  await ngo.goto(ENTRY);
  await ngo.getByRole("button", { name: `Cytuj komentarz nr ${number}` }).click();
  const reply = ngo.getByLabel(/^Treść komentarza/);
  await expect(reply).toBeFocused();
  await expect(reply).toHaveValue(
    new RegExp(`^> Katarzyna Urzędowska, komentarz nr ${number}\\n>\\n> Kalendarz przyda się`),
  );
  await reply.press("End");
  await reply.pressSequentially(`Zgłosimy nasze zawody (${stamp}).`);
  await ngo.getByRole("button", { name: "Wyślij komentarz" }).click();
  await expect(ngo.getByText("Komentarz dodany.")).toBeVisible();
  const answer = ngo.getByRole("listitem").filter({ hasText: `Zgłosimy nasze zawody (${stamp}).` });
  await expect(answer.locator("blockquote")).toContainText(`klubom sportowym (${stamp})`);
  // Quoting does not mention the quoted people again: the quotation shows the name as plain text.
  await expect(answer.locator("blockquote")).toContainText("@Tomasz Społeczny");
  expect(await axeViolations(ngo)).toEqual([]);
});
