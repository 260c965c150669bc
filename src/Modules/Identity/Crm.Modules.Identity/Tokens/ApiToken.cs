using Crm.Shared.Kernel;

namespace Crm.Modules.Identity.Tokens;

internal readonly record struct ApiTokenId(Guid Value) : ITypedId
{
    public static ApiTokenId New() => new(TypedId.NewValue());
}

/// <summary>
/// A personal API token: a name, the permissions it may use (never more than its user holds at the time of the call),
/// an expiry, and the SHA-256 hash of its secret. The secret itself is shown once and never stored.
/// </summary>
internal sealed class ApiToken : AggregateRoot<ApiTokenId>
{
    public const int NameMaxLength = 100;

    private ApiToken(ApiTokenId id, Guid userId, string name, string scopes, byte[] secretHash, DateTimeOffset createdAtUtc, DateTimeOffset expiresAtUtc)
        : base(id)
    {
        UserId = userId;
        Name = name;
        Scopes = scopes;
        SecretHash = secretHash;
        CreatedAtUtc = createdAtUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    public Guid UserId { get; private init; }

    public string Name { get; private init; }

    /// <summary>Space-separated permission names.</summary>
    public string Scopes { get; private init; }

    public byte[] SecretHash { get; private init; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset ExpiresAtUtc { get; private init; }

    public DateTimeOffset? LastUsedAtUtc { get; private init; }

    public DateTimeOffset? RevokedAtUtc { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static ApiToken Issue(ApiTokenId id, Guid userId, string name, IEnumerable<string> scopes, byte[] secretHash, DateTimeOffset now, int validDays) =>
        new(id, userId, name.Trim(), string.Join(' ', scopes.Distinct().Order(StringComparer.Ordinal)), secretHash, now.ToStoredPrecision(), now.ToStoredPrecision().AddDays(validDays));

    public bool IsUsableAt(DateTimeOffset now) => RevokedAtUtc is null && now < ExpiresAtUtc;

    public void Revoke(DateTimeOffset now) => RevokedAtUtc ??= now.ToStoredPrecision();

    /// <summary>
    /// Whether a use now is worth recording: at most once a minute, so calls do not each cost a write. The use is
    /// bookkeeping, written without changing the token's version (its ETag).
    /// </summary>
    public bool ShouldRecordUseAt(DateTimeOffset now) => LastUsedAtUtc is not { } last || now - last >= TimeSpan.FromMinutes(1);
}
