import { useMunicipalities, useProgrammes } from '../reference-data/reference-data.api';

/** The reference lists the call form offers as choices. */
export function useCallFormData() {
  const programmes = useProgrammes();
  const municipalities = useMunicipalities();
  return {
    programmes: programmes.data ?? [],
    municipalities: municipalities.data ?? [],
    isPending: programmes.isPending || municipalities.isPending,
    error: programmes.error ?? municipalities.error,
  };
}
