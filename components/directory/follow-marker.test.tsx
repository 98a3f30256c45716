/** @jest-environment jsdom */
// A map marker leads to an entry: on this page it gets the focus at once; on
// another page (the directory filtered to the marker's gmina, same path but
// another query) only once that page is shown, not the old page's entry.
import { waitFor } from "@testing-library/react";
import { followMarker } from "@/components/directory/organisations-map";

beforeEach(() => {
  Element.prototype.scrollIntoView = jest.fn();
  window.history.replaceState(null, "", "/organizacje?q=fundacja");
  document.body.innerHTML = '<section id="directory-results" tabindex="-1">Wyniki</section>';
});

it("opens another query of the same page, then gives the focus to its results", async () => {
  const push = jest.fn();
  followMarker("/organizacje?q=fundacja&gmina=1661011#directory-results", push);
  expect(push).toHaveBeenCalledWith("/organizacje?q=fundacja&gmina=1661011#directory-results");
  expect(document.body).toHaveFocus();

  // The router shows the new page, then its address.
  document.body.innerHTML = '<section id="directory-results" tabindex="-1">Wyniki dla Opola</section>';
  window.history.pushState(null, "", "/organizacje?q=fundacja&gmina=1661011#directory-results");
  await waitFor(() => expect(document.getElementById("directory-results")).toHaveFocus());
  expect(document.activeElement).toHaveTextContent("Wyniki dla Opola");
});

it("focuses an entry of this very page without a navigation", () => {
  const push = jest.fn();
  followMarker("/organizacje?q=fundacja#directory-results", push);
  expect(push).not.toHaveBeenCalled();
  expect(document.getElementById("directory-results")).toHaveFocus();
  expect(window.location.hash).toBe("#directory-results");
});
