import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { CalendarFeedSection } from './CalendarFeedSection';
import { MfaSection } from './MfaSection';
import { ProfileSection } from './ProfileSection';
import { TokensSection } from './TokensSection';
import './profile.css';

/** The signed-in user's own account: profile, two-step verification, calendar subscription and API tokens. */
export default function ProfilePage() {
  const { t } = useTranslation('profile');
  const me = useSignedInUser();
  usePageTitle(t('title'));
  return (
    <div className="stack profile-page">
      <h1>{t('title')}</h1>
      {me.mfaEnrolmentRequired && <p className="notice warning">{t('common:mfaRequired')}</p>}
      <ProfileSection me={me} />
      <MfaSection me={me} />
      <CalendarFeedSection me={me} />
      <TokensSection me={me} />
    </div>
  );
}
