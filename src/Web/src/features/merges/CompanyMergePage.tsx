import { companyMerging } from './companyMerging';
import { MergeScreen } from './MergeScreen';

/** /companies/merge?ids=<kept>,<other>[,…]: the companies side by side, on the merge screen shared with the contacts. */
export default function CompanyMergePage() {
  return <MergeScreen kind={companyMerging} />;
}
