import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../api/session';
import { usePeople } from '../directory/queries';
import { nameOf } from '../directory/people';

/** A colleague's name from the directory, else null (a role without `directory.read`). */
export function useUserName() {
  const people = usePeople();
  return (userId: string | null | undefined) => nameOf(people.data, userId);
}

/** Who did something: you, a colleague by name when the reader may read the directory, else another user. */
export function useWho() {
  const { t } = useTranslation('deals');
  const me = useSignedInUser();
  const name = useUserName();
  return (userId: string | null | undefined) => (userId === me.id ? t('view.whoYou') : name(userId) ?? t('view.whoAnother'));
}
