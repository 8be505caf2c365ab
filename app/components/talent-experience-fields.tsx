import { Field } from '~/components/form';
import { useT } from '~/lib/i18n';

/** The fields of one experience entry: on the profile page (add) and the entry's edit page. */
export function ExperienceFields(props: {
  state?: { fieldErrors?: Record<string, string>; values?: Record<string, string> };
  values?: { organisation: string; role: string; startedOn: string; endedOn: string; description: string };
}) {
  const t = useT();
  const v = props.values;
  return (
    <>
      <div className="talent-form-row">
        <Field
          name="organisation"
          label={t('talent.experience.organisation')}
          state={props.state}
          defaultValue={v?.organisation}
          required
          maxLength={100}
        />
        <Field
          name="role"
          label={t('talent.experience.role')}
          state={props.state}
          defaultValue={v?.role}
          required
          maxLength={100}
        />
      </div>
      <div className="talent-form-row">
        <Field
          name="startedOn"
          label={t('talent.experience.startedOn')}
          type="month"
          state={props.state}
          defaultValue={v?.startedOn}
          placeholder="2021-04"
          hint={t('talent.experience.monthHint')}
        />
        <Field
          name="endedOn"
          label={t('talent.experience.endedOn')}
          type="month"
          state={props.state}
          defaultValue={v?.endedOn}
          placeholder="2024-03"
        />
      </div>
      <Field
        name="description"
        label={t('talent.experience.description')}
        state={props.state}
        defaultValue={v?.description}
        multiline
        rows={4}
        maxLength={1000}
      />
    </>
  );
}
