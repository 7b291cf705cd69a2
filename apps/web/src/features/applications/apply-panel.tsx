import { Anchor, Button, List, Select, Stack, Text, Title } from '@mantine/core';
import { hasPermission, type TPublicCallResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Notice } from '../../components/notice';
import { ProblemAlert } from '../../components/problem-alert';
import { loginPathFor } from '../../lib/safe-redirect';
import { useNow } from '../../lib/use-now';
import { useMe } from '../auth/auth.api';
import { ineligibilityKey } from './application-problems';
import { useCreateApplication, useMyApplications, useMyOrganisations } from './applications.api';

/** "Apply" on a public call page: pick one of my organisations, start a draft, open it. */
export function ApplyPanel({ call }: { call: TPublicCallResponse }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  const now = useNow().getTime();
  const open = call.status === 'published' && new Date(call.closesAt).getTime() > now && new Date(call.opensAt).getTime() <= now;
  if (!open) return null;
  if (!me) {
    return (
      <Stack component="section" gap="xs" aria-labelledby="apply-heading">
        <Title order={2} id="apply-heading">
          {t('applications.apply.heading')}
        </Title>
        <Anchor component={Link} to={loginPathFor(location)}>
          {t('applications.apply.loginToApply')}
        </Anchor>
        <Anchor component={Link} to={`/register?next=${encodeURIComponent(location.pathname)}`}>
          {t('applications.apply.registerToApply')}
        </Anchor>
      </Stack>
    );
  }
  if (!hasPermission(me.roles, 'applications:apply')) return null;
  return <ApplyForm callId={call.id} />;
}

function ApplyForm({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisations = useMyOrganisations();
  const create = useCreateApplication();
  // Starting a second draft by accident is how work gets "lost": offer the existing one first.
  const mine = useMyApplications();
  const existing = (mine.data ?? []).filter((item) => item.callId === callId && item.status !== 'withdrawn');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const items = organisations.data ?? [];
  const chosen = organisationId ?? (items.length === 1 ? items[0].id : null);
  const ineligible = ineligibilityKey(create.error);

  const start = () => {
    if (!chosen) {
      setMissing(true);
      return;
    }
    create.mutate(
      { callId, organisationId: chosen },
      { onSuccess: (application) => void navigate(`/applications/${application.id}`) },
    );
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby="apply-heading" maw={480}>
      <Title order={2} id="apply-heading">
        {t('applications.apply.heading')}
      </Title>
      {organisations.isError && <ProblemAlert error={organisations.error} />}
      {existing.length > 0 && (
        <Stack gap={4}>
          <Text>{t('applications.apply.alreadyStarted')}</Text>
          <List size="sm">
            {existing.map((item) => (
              <List.Item key={item.id}>
                <Anchor component={Link} to={`/applications/${item.id}`}>
                  {t('applications.apply.continueDraft', {
                    organisation: item.organisationName,
                    status: t(`applications.status.${item.status}`),
                  })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {organisations.isSuccess && items.length === 0 ? (
        <Stack gap="xs">
          <Text>{t('applications.apply.noOrganisations')}</Text>
          <Anchor component={Link} to="/organisations/new">
            {t('applications.apply.createOrganisation')}
          </Anchor>
        </Stack>
      ) : (
        <>
          <Select
            label={t('applications.apply.organisation')}
            placeholder={t('applications.apply.organisationPlaceholder')}
            data={items.map((organisation) => ({ value: organisation.id, label: organisation.legalName }))}
            value={chosen}
            onChange={(value) => {
              setOrganisationId(value);
              setMissing(false);
              create.reset();
            }}
            required
            disabled={organisations.isPending}
            error={missing ? t('validation.required') : undefined}
            allowDeselect={false}
          />
          {ineligible ? (
            <Notice color="red" title={t('applications.ineligible.title')}>
              <Text size="sm">{t(ineligible)}</Text>
            </Notice>
          ) : (
            create.isError && <ProblemAlert error={create.error} />
          )}
          <Button onClick={start} loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('applications.apply.start')}
          </Button>
        </>
      )}
    </Stack>
  );
}
