import { exportRemarks } from "@/lib/consultations/download-handlers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return exportRemarks(request, (await params).id);
}
