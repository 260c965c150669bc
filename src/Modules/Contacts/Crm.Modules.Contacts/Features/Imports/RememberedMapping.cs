using Crm.Modules.Contacts.Domain.Imports;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>The mapping last used for files with these headers, suggested again for the next such file.</summary>
internal sealed class RememberedMapping
{
    /// <summary>The file's headers, normalised and joined (<see cref="ImportHeaders.Signature"/>).</summary>
    public required string Signature { get; init; }

    public List<ColumnMapping> Columns { get; set; } = [];

    public DuplicatePolicy Policy { get; set; }

    public MatchKey MatchKey { get; set; }

    public string? MatchCustomField { get; set; }

    public DateTimeOffset UsedAtUtc { get; set; }
}
