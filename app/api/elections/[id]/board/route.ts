import { handleBoardDownload } from "@/lib/elections/board-handlers";

export const dynamic = "force-dynamic";

/** GET /api/elections/{id}/board: the public bulletin board as JSON, for `npm run verify-election`. */
export const GET = handleBoardDownload;
