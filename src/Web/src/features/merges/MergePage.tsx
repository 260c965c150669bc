import { contactMerging } from './contactMerging';
import { MergeScreen } from './MergeScreen';

/** /contacts/merge?ids=<kept>,<other>[,…]: the contacts side by side, on the merge screen shared with the companies. */
export default function MergePage() {
  return <MergeScreen kind={contactMerging} />;
}
