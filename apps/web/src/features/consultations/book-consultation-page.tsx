import { Anchor, Button, Group, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { CONSULTATION_QUESTION_MAX, CONSULTATION_TOPICS, PROBLEM_TYPES, type TConsultationTopic } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Notice } from '../../components/notice';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { isApiProblem } from '../../lib/api-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { useMyOrganisations } from '../organisations/organisations.api';
import { useBook, useFreeSlots } from './consultations.api';
import { slotLabel } from './slot-label';
import { ListPagination } from '../../components/list-pagination';
import { OnBehalfFields, type OnBehalfChoice } from './on-behalf-fields';

/** An organisation's member picks a free time, a topic and asks their question. */
export function BookConsultationPage() {
  return <BookingForm onBehalf={false} />;
}

/** A coordinator books the same way for a member of any organisation (e.g. on the phone). */
export function BookOnBehalfPage() {
  return <BookingForm onBehalf />;
}

function BookingForm({ onBehalf }: { onBehalf: boolean }) {
  const { t, i18n } = useTranslation();
  const title = onBehalf ? t('consultations.onBehalf.title') : t('consultations.book.title');
  usePageTitle(title);
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [topic, setTopic] = useState<TConsultationTopic | null>(null);
  const slots = useFreeSlots(page, topic);
  const organisations = useMyOrganisations(!onBehalf);
  const [forWhom, setForWhom] = useState<OnBehalfChoice>({ organisationId: null, contactUserId: null });
  const book = useBook();
  const [slotId, setSlotId] = useState<string | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const taken = book.isError && isApiProblem(book.error) && book.error.is(PROBLEM_TYPES.slotTaken);
  const orgs = organisations.data ?? [];
  const chosenOrganisation = onBehalf ? forWhom.organisationId : (organisationId ?? (orgs.length === 1 ? orgs[0]!.id : null));
  const ready = Boolean(slotId && chosenOrganisation && topic && (!onBehalf || forWhom.contactUserId));

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{title}</Title>
      <Text>{onBehalf ? t('consultations.onBehalf.intro') : t('consultations.book.intro')}</Text>
      {!onBehalf && organisations.data && orgs.length === 0 && (
        <Notice color="blue" role="status" title={t('consultations.book.noOrganisation')}>
          <Anchor component={Link} to="/organisations/new">
            {t('consultations.book.createOrganisation')}
          </Anchor>
        </Notice>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready) return;
          book.mutate(
            { slotId: slotId!, organisationId: chosenOrganisation!, topic: topic!, question, ...(onBehalf ? { contactUserId: forWhom.contactUserId! } : {}) },
            { onSuccess: (booking) => navigate(`/consultations/${booking.id}`), onError: () => setSlotId(null) },
          );
        }}
      >
        <Stack gap="md">
          {onBehalf && <OnBehalfFields value={forWhom} onChange={setForWhom} />}
          <Select
            label={t('consultations.book.topic')}
            data={CONSULTATION_TOPICS.map((value) => ({ value, label: t(`consultations.topics.${value}`) }))}
            value={topic}
            onChange={(value) => {
              setTopic(value as TConsultationTopic | null);
              setPage(1);
              setSlotId(null);
            }}
            required
          />
          {taken && (
            <Notice color="orange" title={t('problems.slotTaken')}>
              <Text>{t('consultations.book.takenBody')}</Text>
            </Notice>
          )}
          {slots.isPending && <PageLoader />}
          {slots.isError && <ProblemAlert error={slots.error} />}
          {slots.data && slots.data.items.length === 0 && <Text role="status">{t('consultations.book.noSlots')}</Text>}
          {slots.data && slots.data.items.length > 0 && (
            <Radio.Group label={t('consultations.book.slot')} value={slotId ?? ''} onChange={setSlotId} required>
              <Stack gap="xs" mt="xs">
                {slots.data.items.map((slot) => (
                  <Radio key={slot.id} value={slot.id} label={slotLabel(slot, t, i18n.language)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {slots.data && <ListPagination total={slots.data.total} pageSize={10} page={page} onChange={setPage} />}
          {!onBehalf && orgs.length > 1 && (
            <Select
              label={t('consultations.book.organisation')}
              data={orgs.map((organisation) => ({ value: organisation.id, label: organisation.legalName }))}
              value={organisationId}
              onChange={setOrganisationId}
              required
            />
          )}
          <Textarea
            label={onBehalf ? t('consultations.onBehalf.question') : t('consultations.book.question')}
            description={t('consultations.book.questionHint', { max: CONSULTATION_QUESTION_MAX })}
            value={question}
            onChange={(event) => setQuestion(event.currentTarget.value)}
            minLength={10}
            maxLength={CONSULTATION_QUESTION_MAX}
            autosize
            minRows={3}
            required
          />
          {book.isError && !taken && <ProblemAlert error={book.error} />}
          <Group>
            <Button type="submit" loading={book.isPending} disabled={!ready}>
              {t('consultations.book.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
