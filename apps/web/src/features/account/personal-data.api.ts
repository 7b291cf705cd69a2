import type { TAccountErasureRequest } from '@kopa/shared';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';
import { networkProblem, problemFromResponse } from '../../lib/api-problem';

/** Fetches the zip (a problem, e.g. re-authentication required, is thrown) and hands it to the browser as a download. */
export async function downloadPersonalData(): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/account/personal-data', { credentials: 'same-origin' });
  } catch (error) {
    throw networkProblem(error);
  }
  if (!response.ok) throw await problemFromResponse(response);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'kopa-personal-data.zip';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useEraseAccount() {
  return useMutation({
    mutationFn: (body: TAccountErasureRequest) => unwrap(client.POST('/api/account/erasure', { body })),
  });
}
