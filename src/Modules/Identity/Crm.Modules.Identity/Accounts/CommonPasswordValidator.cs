using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Accounts;

/// <summary>
/// Refuses passwords that are long but guessable: built on a well-known weak pattern, or on the account's own email.
/// Length (12 or more) is checked by Identity's options.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    private static readonly string[] WeakPatterns =
    [
        "password", "motdepasse", "123456", "azerty", "qwerty", "abcdef", "letmein", "welcome", "bienvenue", "admin", "soleil", "iloveyou", "jetaime",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        var lowered = (password ?? string.Empty).ToLowerInvariant();
        var localPart = user.Email?.Split('@')[0].ToLowerInvariant();
        var weak = WeakPatterns.Any(p => lowered.Contains(p, StringComparison.Ordinal))
            || (localPart is { Length: >= 4 } && lowered.Contains(localPart, StringComparison.Ordinal))
            || lowered.Distinct().Count() < 5;
        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "This password is too easy to guess: avoid common words and sequences, repeated characters and your own email.",
            })
            : IdentityResult.Success);
    }
}
