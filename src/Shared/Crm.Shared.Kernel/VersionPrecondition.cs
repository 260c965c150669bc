namespace Crm.Shared.Kernel;

/// <summary>
/// Which versions of a record a change may apply to, from the caller's If-Match: any version (<c>*</c>) or one of
/// the versions the caller read.
/// </summary>
public sealed record VersionPrecondition
{
    private readonly IReadOnlySet<int>? _versions;

    private VersionPrecondition(IReadOnlySet<int>? versions) => _versions = versions;

    public static VersionPrecondition AnyVersion { get; } = new((IReadOnlySet<int>?)null);

    public static VersionPrecondition OneOf(IEnumerable<int> versions) => new(versions.ToHashSet());

    public bool IsSatisfiedBy(int currentVersion) => _versions is null || _versions.Contains(currentVersion);

    public Result Check(int currentVersion) =>
        IsSatisfiedBy(currentVersion)
            ? Result.Success()
            : Error.PreconditionFailed(
                "version.stale",
                $"The record was changed by someone else: it is now at version {currentVersion}, you sent {this}. Reload it and try again.");

    public override string ToString() => _versions is null ? "*" : string.Join(", ", _versions.Order());
}
