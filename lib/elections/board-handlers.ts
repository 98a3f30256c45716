// The board as a file anyone may download and recount.
import { z } from "zod";
import { boardFile } from "@/lib/elections/results";
import { routeHandler } from "@/lib/http/route-handler";
import { recordId } from "@/lib/validation/record-id";

/** The elections' public files answer an unknown election in plain text, as they always have. */
export const notFoundText = (status: number) => new Response(status === 404 ? "Not found" : null, { status });

export const handleBoardDownload = routeHandler(
  {
    name: "elections.board.download",
    access: { public: true },
    params: z.object({ id: recordId }),
    refusal: notFoundText,
  },
  async ({ params }) => {
    const board = await boardFile(params.id);
    if (!board) return notFoundText(404);
    return new Response(JSON.stringify(board, null, 1), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="tablica-${board.election.id}.json"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
      },
    });
  },
);
