/** The profile fields of the portal account and of contacts, with the messages of common/portal/profile. */
import type { FocusEvent, ReactElement } from 'react';
import { PROFILE_LABELS, type ProfileInput } from '../../../common/portal/profile';
import { Field } from './field';

export type ProfileDraft = Record<keyof ProfileInput, string>;

export const PROFILE_FIELDS = Object.keys(PROFILE_LABELS) as (keyof ProfileInput)[];

export function draftOf(source: Partial<Record<keyof ProfileInput, string | null>> | null): ProfileDraft {
  return Object.fromEntries(PROFILE_FIELDS.map((f) => [f, source?.[f] ?? ''])) as ProfileDraft;
}

const HINTS: Partial<Record<keyof ProfileInput, string>> = {
  phone: 'With the country code, e.g. +1 707 555 0123',
  country: 'Two letters, e.g. US, DE, PT',
};

interface ProfileFieldsProps {
  readonly draft: ProfileDraft;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (field: keyof ProfileInput, value: string) => void;
  readonly disabled?: boolean;
  /** useFormFields' `blurred`: shows a field's message once it was left. */
  readonly onBlur?: (field: string) => (event: FocusEvent) => void;
}

export function ProfileFields({ draft, errors, onChange, disabled, onBlur }: ProfileFieldsProps): ReactElement {
  return (
    <div className="profile-grid">
      {PROFILE_FIELDS.map((field) =>
        field === 'type' ? (
          <Field key={field} label={PROFILE_LABELS[field]} error={errors[field]}>
            <select
              value={draft.type}
              disabled={disabled}
              onChange={(e) => onChange('type', e.target.value)}
              onBlur={onBlur?.('type')}
            >
              <option value="">—</option>
              <option value="Private">Private</option>
              <option value="Company">Company</option>
            </select>
          </Field>
        ) : (
          <Field key={field} label={PROFILE_LABELS[field]} hint={HINTS[field]} error={errors[field]}>
            <input
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              value={draft[field]}
              disabled={disabled}
              maxLength={field === 'email' ? 254 : 200}
              autoComplete="off"
              onChange={(e) => onChange(field, e.target.value)}
              onBlur={onBlur?.(field)}
            />
          </Field>
        ),
      )}
    </div>
  );
}

/** The draft as the channels take it: empty optional fields left out (the type only when chosen). */
export function profileInput(draft: ProfileDraft): Record<string, string> {
  return Object.fromEntries(
    Object.entries(draft).filter(
      ([field, value]) => value.trim() !== '' || ['email', 'firstName', 'lastName'].includes(field),
    ),
  );
}
