using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Identity.Teams;

/// <summary>Who sees the records of one type (one of <see cref="RecordTypes"/>): one of <see cref="VisibilityScopes"/>.</summary>
internal sealed class RecordVisibilityRule
{
    /// <summary>Without a rule, every reader of the module sees every record, as in a small company sharing its base.</summary>
    public const string DefaultScope = VisibilityScopes.All;

    public required string RecordType { get; init; }

    public required string Scope { get; set; }

    public DateTimeOffset ChangedAtUtc { get; set; }
}
