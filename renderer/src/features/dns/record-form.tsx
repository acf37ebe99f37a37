/**
 * Add or edit one record. The type decides the fields (SRV: priority, weight, port, target; MX:
 * preference and mail server...). Checked with the shared rules before anything else happens:
 * an invalid record is refused beside its field and never leaves the form. A valid one joins the
 * zone's pending changes; nothing is sent until the plan is applied.
 */
import type { ReactElement } from 'react';
import { readableTtl } from '../../../../common/dns/format';
import { VALIDATED_TYPES, type DnsRecordValue } from '../../../../common/dns/types';
import { validateRecord } from '../../../../common/dns/validate-record';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { useFormFields } from '../../lib/use-form-fields';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';

interface FormValues {
  type: string;
  name: string;
  ttl: string;
  priority: string;
  content: string;
  weight: string;
  port: string;
  target: string;
}

const CONTENT_LABEL: Readonly<Record<string, [string, string]>> = {
  A: ['IPv4 address', 'e.g. 192.0.2.10'],
  AAAA: ['IPv6 address', 'e.g. 2001:db8::1 (stored in its short form)'],
  CNAME: ['Target host', 'The full host name this name is an alias of'],
  NS: ['Name server', 'A host name, e.g. ns1.example.net'],
  MX: ['Mail server', 'A host name, never an IP address'],
  TXT: ['Text', 'Any length: split into 255-byte strings in zone files'],
  CAA: ['Value', 'flags tag "value", e.g. 0 issue "letsencrypt.org"'],
};

function initialValues(record: DnsRecordValue | null): FormValues {
  const srv = record && typeof record.content !== 'string' ? record.content : null;
  return {
    type: record?.type ?? 'A',
    name: record?.name ?? '',
    ttl: String(record?.ttl ?? 3600),
    priority: String(record?.priority ?? 10),
    content: record && typeof record.content === 'string' ? record.content : '',
    weight: String(srv?.weight ?? 0),
    port: String(srv?.port ?? ''),
    target: srv?.target ?? '',
  };
}

/** Empty or non-numeric text becomes NaN, which the shared rules refuse with their own message. */
const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

function toRecord(values: FormValues): DnsRecordValue {
  const type = values.type.trim().toUpperCase();
  const priority = type === 'MX' || type === 'SRV' ? { priority: num(values.priority) } : {};
  const content =
    type === 'SRV' ? { weight: num(values.weight), port: num(values.port), target: values.target } : values.content;
  return { name: values.name, type, ttl: num(values.ttl), ...priority, content };
}

export function RecordForm({
  zone,
  record,
  onSubmit,
  onClose,
}: {
  zone: string;
  /** The record to edit, or null to add one. */
  record: DnsRecordValue | null;
  onSubmit: (record: DnsRecordValue) => void;
  onClose: () => void;
}): ReactElement {
  const form = useFormFields<FormValues>({
    initial: () => initialValues(record),
    validate: (values) => {
      const checked = validateRecord(toRecord(values), zone);
      return checked.ok ? {} : checked.errors;
    },
    // SRV parts are checked as `content.weight` etc.; the rest under their own names.
    errorKey: (field) => (['weight', 'port', 'target'].includes(field) ? `content.${field}` : field),
  });
  const { values, errors } = form;
  const unsaved = useUnsavedChanges(form.dirty);
  const cancel = () => unsaved.confirmLeave(onClose);
  const known = (VALIDATED_TYPES as readonly string[]).includes(values.type);
  const set = (key: keyof FormValues) => (event: { target: { value: string } }) => form.change(key, event.target.value);
  const blurred = (key: keyof FormValues) =>
    form.blurred(['weight', 'port', 'target'].includes(key) ? `content.${key}` : key);
  const [contentLabel, contentHint] = CONTENT_LABEL[values.type] ?? [
    'Content',
    'Sent as written: the portal checks it',
  ];
  const ttlSeconds = num(values.ttl);

  function submit() {
    const checked = validateRecord(toRecord(values), zone);
    if (!form.checkAll() || !checked.ok) return;
    unsaved.saved();
    onSubmit(checked.record);
  }

  return (
    <Dialog
      title={record ? `Edit ${record.type} record` : 'Add a record'}
      description={`Zone ${zone}. Nothing is sent until you review and apply the plan.`}
      onClose={cancel}
      footer={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button variant="primary" onClick={submit}>
            {record ? 'Change in plan' : 'Add to plan'}
          </Button>
        </>
      }
    >
      <form
        className="stack dns-record-form"
        aria-label="Record"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="dns-form-row">
          <Field label="Type" error={known ? errors['type'] : undefined}>
            <select
              value={known ? values.type : 'other'}
              onChange={(e) => form.change('type', e.target.value === 'other' ? '' : e.target.value)}
              onBlur={blurred('type')}
            >
              {VALIDATED_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
              <option value="other">Other…</option>
            </select>
          </Field>
          {!known && (
            <Field label="Other type" hint="e.g. TLSA or PTR: the portal decides" error={errors['type']}>
              <input
                type="text"
                value={values.type}
                onChange={set('type')}
                onBlur={blurred('type')}
                spellCheck={false}
              />
            </Field>
          )}
          <Field label="Name" hint={`@ for ${zone} itself; relative to the zone`} error={errors['name']}>
            <input
              type="text"
              value={values.name}
              onChange={set('name')}
              onBlur={blurred('name')}
              spellCheck={false}
              autoComplete="off"
            />
          </Field>
          <Field
            label="TTL (seconds)"
            hint={Number.isInteger(ttlSeconds) && ttlSeconds > 0 ? readableTtl(ttlSeconds) : '60 s to 1 week'}
            error={errors['ttl']}
          >
            <input type="number" inputMode="numeric" value={values.ttl} onChange={set('ttl')} onBlur={blurred('ttl')} />
          </Field>
          {(values.type === 'MX' || values.type === 'SRV') && (
            <Field
              label={values.type === 'MX' ? 'Preference' : 'Priority'}
              hint="0–65535, lower first"
              error={errors['priority']}
            >
              <input
                type="number"
                inputMode="numeric"
                value={values.priority}
                onChange={set('priority')}
                onBlur={blurred('priority')}
              />
            </Field>
          )}
        </div>
        {values.type === 'SRV' ? (
          <div className="dns-form-row">
            <Field label="Weight" hint="0–65535" error={errors['content.weight']}>
              <input
                type="number"
                inputMode="numeric"
                value={values.weight}
                onChange={set('weight')}
                onBlur={blurred('weight')}
              />
            </Field>
            <Field label="Port" hint="0–65535" error={errors['content.port']}>
              <input
                type="number"
                inputMode="numeric"
                value={values.port}
                onChange={set('port')}
                onBlur={blurred('port')}
              />
            </Field>
            <Field label="Target" hint="A host name, or . for no service" error={errors['content.target']}>
              <input
                type="text"
                value={values.target}
                onChange={set('target')}
                onBlur={blurred('target')}
                spellCheck={false}
              />
            </Field>
          </div>
        ) : (
          <Field label={contentLabel} hint={contentHint} error={errors['content']}>
            {values.type === 'TXT' ? (
              <textarea
                rows={4}
                value={values.content}
                onChange={set('content')}
                onBlur={blurred('content')}
                spellCheck={false}
              />
            ) : (
              <input
                type="text"
                value={values.content}
                onChange={set('content')}
                onBlur={blurred('content')}
                spellCheck={false}
                autoComplete="off"
              />
            )}
          </Field>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
