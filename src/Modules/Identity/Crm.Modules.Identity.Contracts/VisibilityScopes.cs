namespace Crm.Modules.Identity.Contracts;

/// <summary>Who sees a record, by its owner.</summary>
public static class VisibilityScopes
{
    /// <summary>The owner, the managers of the owner's team and of every team above it, and administrators.</summary>
    public const string Own = "own";

    /// <summary>Everyone in the owner's team, plus whoever sees it under <see cref="Own"/>.</summary>
    public const string Team = "team";

    /// <summary>Everyone holding the module's read permission.</summary>
    public const string All = "all";

    public static IReadOnlyList<string> Values { get; } = [Own, Team, All];
}
