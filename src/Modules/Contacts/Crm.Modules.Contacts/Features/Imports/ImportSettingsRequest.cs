using Crm.Modules.Contacts.Domain.Imports;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>Where the columns go (column index from 0 → field), and what a row matching a stored contact by the match key does.</summary>
internal sealed record ImportSettingsRequest(IReadOnlyList<ColumnMapping>? Columns, DuplicatePolicy? Policy, MatchKey? MatchKey, string? MatchCustomField = null)
{
    public Result<ImportSettings> Read(ContactImport import) =>
        ImportSettings.Create(Columns ?? [], import.Headers.Count, Policy ?? DuplicatePolicy.Skip, MatchKey ?? Domain.Imports.MatchKey.Email, MatchCustomField);
}
