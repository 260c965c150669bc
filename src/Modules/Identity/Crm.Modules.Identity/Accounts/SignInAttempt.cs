using Crm.Shared.Kernel;

namespace Crm.Modules.Identity.Accounts;

/// <summary>One sign-in, successful or not, for the administrators' audit.</summary>
internal sealed class SignInAttempt
{
    public Guid Id { get; init; } = TypedId.NewValue();

    [PersonalData]
    public required string Email { get; init; }

    public Guid? UserId { get; init; }

    public bool Succeeded { get; init; }

    /// <summary>Why it failed, for administrators only: the caller always gets the same answer.</summary>
    public string? FailureReason { get; init; }

    /// <summary><c>password</c> for now; <c>ldap</c>, <c>oidc</c> and <c>token</c> later.</summary>
    public required string Method { get; init; }

    [PersonalData]
    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    public DateTimeOffset AttemptedAtUtc { get; init; }

    /// <summary>An attempt; <paramref name="failure"/> null means it succeeded. The email is cut to 256 characters, the user agent to 500.</summary>
    public static SignInAttempt Of(string email, Guid? userId, string method, string? failure, string? ipAddress, string? userAgent, DateTimeOffset now) => new()
    {
        Email = email.Trim() is { Length: > 256 } trimmed ? trimmed[..256] : email.Trim(),
        UserId = userId,
        Succeeded = failure is null,
        FailureReason = failure,
        Method = method,
        IpAddress = ipAddress,
        UserAgent = userAgent is { Length: > 500 } agent ? agent[..500] : userAgent,
        AttemptedAtUtc = now,
    };
}
