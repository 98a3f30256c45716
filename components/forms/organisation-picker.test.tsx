/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { OrganisationPicker, type PickedOrganisation } from "@/components/forms/organisation-picker";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const found = [
  { id: "org1", name: "Forum Organizacji Pozarządowych", krs: "0000123456", seat: { name: "Łódź" } },
  { id: "org2", name: "Fundacja Forum", krs: null, seat: { name: "Łódź" } },
];

function Picker({ initial }: { initial: PickedOrganisation[] }) {
  const [value, setValue] = useState(initial);
  return <OrganisationPicker id="orgs" label="Współautorzy" value={value} onChange={setValue} />;
}

describe("OrganisationPicker", () => {
  beforeEach(() => {
    global.fetch = jest.fn(async () => ({ ok: true, json: async () => ({ data: found }) })) as never;
  });

  const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
  // Key by key, at a normal typing pace (user-event is not installed here).
  async function type(input: HTMLElement, text: string) {
    for (const character of text) {
      fireEvent.change(input, { target: { value: (input as HTMLInputElement).value + character } });
      await wait(60);
    }
  }

  it.each([
    ["with nothing chosen yet (a new document)", [] as PickedOrganisation[]],
    ["with co-authors already chosen (an existing document)", [{ id: "org9", name: "Stowarzyszenie Sąsiedzi", seat: null }]],
  ])("keeps everything typed quickly %s, while searches answer", async (_, initial) => {
    renderWithIntl(<Picker initial={initial} />);
    const input = screen.getByRole("combobox", { name: /Współautorzy/ });
    act(() => input.focus());
    await type(input, "Forum");
    expect(input).toHaveValue("Forum");
    await wait(400);
    expect(input).toHaveValue("Forum");
    expect(await screen.findByRole("option", { name: /Fundacja Forum/ })).toBeInTheDocument();
    await type(input, " Fundacja");
    expect(input).toHaveValue("Forum Fundacja");
  });

  it("keeps what is typed after an organisation was chosen, while a new search answers", async () => {
    renderWithIntl(<Picker initial={[]} />);
    const input = screen.getByRole("combobox", { name: /Współautorzy/ });
    act(() => input.focus());
    await type(input, "Forum");
    await wait(400);
    fireEvent.click(await screen.findByRole("option", { name: /Forum Organizacji/ }));
    expect(screen.getByRole("list", { name: /Współautorzy/ })).toHaveTextContent("Forum Organizacji Pozarządowych");
    expect(input).toHaveValue("");
    act(() => input.focus());
    await type(input, "Fundacja");
    await wait(400);
    expect(input).toHaveValue("Fundacja");
    expect(screen.getByRole("option", { name: /Fundacja Forum/ })).toBeInTheDocument();
    await type(input, " F");
    expect(input).toHaveValue("Fundacja F");
  });
});
