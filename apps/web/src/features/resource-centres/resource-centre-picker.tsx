import { useTranslation } from 'react-i18next';
import { RemoteSelect, type RemoteOption } from '../../components/remote-select';
import { client, unwrap } from '../../lib/api-client';
import { bilingual } from './bilingual';

const PAGE_SIZE = 20;

interface ResourceCentrePickerProps {
  label: string;
  description?: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** The chosen centre's name when the form starts with one. */
  initialOption?: RemoteOption | null;
  error?: string;
}

/** Pick a resource centre by typing part of its name; the directory is searched page by page. */
export function ResourceCentrePicker({ onChange, ...props }: ResourceCentrePickerProps) {
  const { t, i18n } = useTranslation();
  const search = async (text: string, signal: AbortSignal) => {
    const page = await unwrap(client.GET('/api/public/resource-centres', { params: { query: { page: 1, pageSize: PAGE_SIZE, ...(text ? { q: text } : {}) } }, signal }));
    return {
      options: page.items.map((centre) => ({ value: centre.id, label: `${bilingual(centre.name, i18n.language)} (${bilingual({ lv: centre.municipality.nameLv, en: centre.municipality.nameEn }, i18n.language)})` })),
      total: page.total,
    };
  };
  return (
    <RemoteSelect
      {...props}
      clearable
      search={search}
      queryKey={['public', 'resource-centres', 'picker', i18n.language]}
      onChange={(id) => onChange(id)}
      moreText={(count) => t('events.form.centreMore', { count })}
      nothingFound={t('events.form.centreNone')}
    />
  );
}
