namespace Crm.Modules.Identity.Contracts;

/// <summary>Record visibility for the current caller, as the administrator set it per record type.</summary>
public interface IRecordVisibility
{
    /// <summary>The owners whose records of <paramref name="recordType"/> (one of <see cref="RecordTypes"/>) the caller may see.</summary>
    ValueTask<VisibleOwners> ForCurrentUserAsync(string recordType, CancellationToken cancellationToken);
}
