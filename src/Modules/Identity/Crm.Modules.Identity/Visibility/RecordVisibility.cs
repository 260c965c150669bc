using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Identity.Visibility;

/// <summary>
/// Applies the administrator's rule for a record type to the caller; holders of <c>records.all</c> (administrators,
/// executives, the data protection officer) see every record, and an anonymous caller none.
/// </summary>
internal sealed class RecordVisibility(ICurrentUser currentUser, DirectoryCache directory) : IRecordVisibility
{
    public async ValueTask<VisibleOwners> ForCurrentUserAsync(string recordType, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthenticated)
        {
            return VisibleOwners.None;
        }

        if (currentUser.Permissions.Contains(Permissions.RecordsAll))
        {
            return VisibleOwners.All;
        }

        return (await directory.GetAsync(cancellationToken)).VisibleTo(currentUser.Id, recordType);
    }
}
