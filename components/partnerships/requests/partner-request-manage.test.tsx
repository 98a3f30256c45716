/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { PartnerRequestManage } from "@/components/partnerships/requests/partner-request-manage";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const close = jest.fn(async (_input: unknown) => ({ data: { closed: true } }));
jest.mock("@/lib/partnerships/requests/actions", () => ({
  closeOrganisationRequestAction: (input: unknown) => close(input),
  closeInstitutionRequestAction: jest.fn(),
  renewOrganisationRequestAction: jest.fn(),
  renewInstitutionRequestAction: jest.fn(),
}));

const target = { requestId: "r1", slug: "festyn", kind: "organisation" as const, title: "Festyn" };
const rules = {
  maxReplyDays: 90,
  since: "2026-01-01",
  latest: "2027-03-01",
  latestDay: "1 marca 2027",
  earliestDay: "8 grudnia 2026",
};

describe("closing a partner request", () => {
  it("asks to confirm first, since a closed request cannot be opened again, and can be called off", async () => {
    const { container } = renderWithIntl(<PartnerRequestManage target={target} rules={rules} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Zamknij zapytanie" })));
    expect(close).not.toHaveBeenCalled();
    const question = screen.getByRole("group", { name: /Na pewno zamknąć\?/ });
    expect(question).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Nie zamykaj" }));
    expect(screen.queryByRole("group", { name: /Na pewno zamknąć\?/ })).not.toBeInTheDocument();

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Zamknij zapytanie" })));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tak, zamknij zapytanie" })));
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ requestId: "r1", note: "" }));
  });
});
