import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Form, Input, List, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import {
  SUGGESTION_FIELD_LABELS, SUGGESTION_FIELDS, SUGGESTION_KIND_LABELS, SUGGESTION_KINDS, SUGGESTION_SOURCE_KIND_LABELS, SUGGESTION_SOURCE_KINDS,
  type SuggestionField, type SuggestionKind, type SuggestionSourceKind,
} from '@luzhi/shared';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useServerErrors, validValues } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { SessionSelect, TermSelect } from '../../app/pickers/RegistryPickers';
import { CREATE_SUGGESTION, DEPUTY_OPTIONS, DRAFT_FROM_FINDINGS, SIMILAR } from './operations';

interface Values {
  kind: SuggestionKind;
  title: string;
  content: string;
  field: SuggestionField;
  when: 'session' | 'recess';
  sessionId?: string;
  termId?: string;
  leadDeputyId?: string;
  coSignerIds?: string[];
  sourceKind?: SuggestionSourceKind;
  findingIds?: string[];
}

/** Refusals about the findings a draft is made from go next to their list. */
const FINDING_ERRORS = { 'suggestion.findingLinked': ['findingIds'], 'finding.alreadyLinked': ['findingIds'] };

/** The findings a suggestion is being made from, each opening in its own page (a form control that only shows). */
function SourceFindings({ findings }: { findings: { id: string; title: string }[]; value?: unknown }) {
  return (
    <Space direction="vertical" size={0} data-testid="source-findings">
      {findings.map((f) => <Link key={f.id} to={`/findings/${f.id}`} target="_blank">{f.title}</Link>)}
    </Space>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * Submitting a suggestion or motion; similar ones of the same and earlier sessions show while
 * typing. Opened with `?findings=1,2` (转为建议 on the findings), it is filled from the draft the
 * server makes of those findings, and saving keeps a draft linked to them.
 */
export function SuggestionNewPage() {
  const { tr, label } = useI18n();
  const { viewer } = useAuth();
  const { message } = App.useApp();
  const showError = useServerErrors();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [params] = useSearchParams();
  const findingsParam = params.get('findings') ?? '';
  const findingIds = useMemo(() => findingsParam.split(',').filter(Boolean), [findingsParam]);
  const fromFindings = findingIds.length > 0;
  const draft = useQuery(DRAFT_FROM_FINDINGS, { variables: { ids: findingIds }, skip: !fromFindings });
  const drafted = draft.data?.suggestionDraftFromFindings;
  // Filled once per set of findings: what the person then types is theirs.
  const filledFor = useRef('');
  useEffect(() => {
    if (!drafted || filledFor.current === findingsParam) return;
    filledFor.current = findingsParam;
    form.setFieldsValue({
      title: drafted.title, content: drafted.content, termId: drafted.termId ?? undefined, sessionId: drafted.sessionId ?? undefined,
      when: drafted.termId && !drafted.sessionId ? 'recess' : 'session', leadDeputyId: drafted.leadDeputy?.id, coSignerIds: drafted.coSigners.map((d) => d.id),
      sourceKind: 'INSPECTION_FINDING', findingIds: drafted.findings.map((f) => f.id),
    });
  }, [drafted, findingsParam, form]);
  const when = Form.useWatch('when', form) ?? 'session';
  const sessionId = Form.useWatch('sessionId', form);
  const termId = Form.useWatch('termId', form);
  const title = useDebounced(Form.useWatch('title', form) ?? '', 400);
  const content = useDebounced(Form.useWatch('content', form) ?? '', 600);
  const [deputySearch, setDeputySearch] = useState('');
  const deputies = useQuery(DEPUTY_OPTIONS, { variables: { termId: termId ?? '0', search: deputySearch || undefined }, skip: !termId });
  const similar = useQuery(SIMILAR, {
    variables: { title, content: content || undefined, sessionId: when === 'session' ? sessionId : undefined, termId: when === 'recess' ? termId : undefined },
    skip: title.trim().length < 4 || !(when === 'session' ? sessionId : termId),
  });
  const [create, { loading }] = useMutation(CREATE_SUGGESTION);
  const isDeputy = viewer?.role === 'DEPUTY';
  const deputyOptions = useMemo(() => {
    // The proposed deputies stay named whatever is searched.
    const proposed = drafted ? [...(drafted.leadDeputy ? [drafted.leadDeputy] : []), ...drafted.coSigners] : [];
    const found = deputies.data?.suggestionDeputyOptions ?? [];
    return [...proposed.filter((p) => !found.some((d) => d.id === p.id)), ...found]
      .filter((d) => d.id !== viewer?.scopeDeputyId)
      .map((d) => ({ value: d.id, label: d.workUnit ? `${d.name}(${d.workUnit})` : d.name }));
  }, [deputies.data, drafted, viewer]);

  const submit = async (submitNow: boolean) => {
    const v = await validValues(form); if (!v) return;
    try {
      const r = await create({
        variables: {
          input: {
            kind: v.kind, title: v.title, content: v.content, field: v.field, submit: submitNow,
            sessionId: v.when === 'session' ? v.sessionId : null, termId: v.when === 'recess' ? v.termId : null,
            leadDeputyId: isDeputy ? null : v.leadDeputyId, coSignerIds: v.coSignerIds ?? [], sourceKind: fromFindings ? 'INSPECTION_FINDING' : v.sourceKind ?? null,
            findingIds: fromFindings ? findingIds : null,
          },
        },
      });
      message.success(submitNow ? tr('建议已提交', 'Submitted') : tr('草稿已保存', 'Draft saved'));
      navigate(`/suggestions/${r.data!.createSuggestion.id}`);
    } catch (err) {
      showError(err, form, FINDING_ERRORS);
    }
  };

  return (
    <Row gutter={16}>
      <Col xs={24} lg={15}>
        <Card title={fromFindings ? tr('由视察问题形成建议', 'A suggestion from findings') : tr('提出建议、批评和意见或议案', 'New suggestion, criticism, opinion or motion')}>
          {draft.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={errorMessage(draft.error)} data-testid="draft-error" />}
          {fromFindings && !draft.error && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={tr('已按所选问题拟好草稿,领衔代表和附议代表为参加活动的代表。保存为草稿后,由领衔代表或工作人员修改再提交。', 'Drafted from the chosen findings, with deputies who took part as lead and co-signers. Saved as a draft, it is edited and then submitted by the lead deputy or staff.')}
            />
          )}
          <Form form={form} layout="vertical" initialValues={{ kind: 'SUGGESTION', when: 'session', field: 'OTHER' }} data-testid="suggestion-form">
            <Form.Item name="kind" label={tr('类别', 'Kind')} rules={[{ required: true }]}>
              <Radio.Group options={SUGGESTION_KINDS.map((k) => ({ value: k, label: label(SUGGESTION_KIND_LABELS[k]) }))} />
            </Form.Item>
            <Form.Item name="title" label={tr('标题', 'Title')} rules={[{ required: true, min: 2, max: 200 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="content" label={tr('内容', 'Content')} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={6} />
            </Form.Item>
            <Form.Item name="field" label={tr('领域', 'Field')} rules={[{ required: true }]}>
              <Select options={SUGGESTION_FIELDS.map((f) => ({ value: f, label: label(SUGGESTION_FIELD_LABELS[f]) }))} />
            </Form.Item>
            <Form.Item name="when" label={tr('提出时间', 'When')}>
              <Radio.Group options={[{ value: 'session', label: tr('大会期间', 'In session') }, { value: 'recess', label: tr('闭会期间', 'In recess') }]} />
            </Form.Item>
            {/* The term first, then its handful of sessions: a national deployment has about 95,000. */}
            <Form.Item name="termId" label={tr('届', 'Term')} rules={[{ required: true }]}>
              <TermSelect onChange={() => form.setFieldValue('sessionId', undefined)} testId="term-select" />
            </Form.Item>
            {when === 'session' && (
              <Form.Item name="sessionId" label={tr('会议', 'Session')} rules={[{ required: true }]}>
                <SessionSelect termId={termId} testId="session-select" />
              </Form.Item>
            )}
            {!isDeputy && (
              <Form.Item name="leadDeputyId" label={tr('领衔代表', 'Lead deputy')} rules={[{ required: true }]}>
                <Select showSearch filterOption={false} onSearch={setDeputySearch} options={deputyOptions} disabled={!termId} data-testid="lead-deputy" />
              </Form.Item>
            )}
            <Form.Item name="coSignerIds" label={tr('附议代表', 'Co-signers')} extra={tr('议案须达到规定的联名人数(区县人大 10 人,含领衔),否则作为建议处理', 'A motion needs enough joint signers (10 at county level, the lead counted), otherwise it is handled as a suggestion')}>
              <Select mode="multiple" showSearch filterOption={false} onSearch={setDeputySearch} options={deputyOptions} disabled={!termId} />
            </Form.Item>
            <Form.Item name="sourceKind" label={tr('来源', 'Source')}>
              <Select allowClear disabled={fromFindings} options={SUGGESTION_SOURCE_KINDS.map((k) => ({ value: k, label: label(SUGGESTION_SOURCE_KIND_LABELS[k]) }))} />
            </Form.Item>
            {fromFindings && (
              <Form.Item name="findingIds" label={tr('来源问题', 'From the findings')} extra={tr('保存后,这些问题与建议相互关联', 'Once saved, these findings and the suggestion link to each other')}>
                <SourceFindings findings={drafted?.findings ?? []} />
              </Form.Item>
            )}
            {/* A draft the computer made is read by a person before it is submitted. */}
            {!fromFindings && <Button type="primary" loading={loading} onClick={() => submit(true)} data-testid="submit-suggestion" style={{ marginRight: 8 }}>{tr('提交', 'Submit')}</Button>}
            <Button type={fromFindings ? 'primary' : 'default'} loading={fromFindings && loading} disabled={fromFindings && !drafted} onClick={() => submit(false)} data-testid="save-draft">{tr('存为草稿', 'Save draft')}</Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={9}>
        <Card title={tr('可能重复的建议', 'Possible duplicates')} data-testid="similar-panel">
          {!similar.data?.similarSuggestions.length ? (
            <Typography.Text type="secondary">{tr('输入标题并选择会议后,这里显示本次及以前会议的相似建议', 'Type a title and pick the session: similar suggestions of this and earlier sessions show here')}</Typography.Text>
          ) : (
            <>
              <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={tr('以下建议与您的建议相似,请确认不是重复提出', 'These are similar: make sure yours is not a duplicate')} />
              <List size="small" dataSource={similar.data.similarSuggestions} renderItem={(s) => (
                <List.Item>
                  <List.Item.Meta title={s.title} description={`${s.registrationNumber ?? ''} ${s.sessionName ?? tr('闭会期间', 'In recess')} · ${s.leadDeputyName}`} />
                  <Tag>{Math.round(s.similarity * 100)}%</Tag>
                </List.Item>
              )} />
            </>
          )}
        </Card>
      </Col>
    </Row>
  );
}
