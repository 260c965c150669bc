using System.Security.Claims;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.SignIn;

internal sealed record SignIn(string? Email, string? Password, string? IpAddress, string? UserAgent) : ICommand<Result<SignedIn>>;

/// <summary>A session opened for <see cref="Me"/>, or, when the account uses MFA, a second factor still to give.</summary>
internal sealed record SignedIn(ClaimsPrincipal? Principal, MeResponse? Me)
{
    public static SignedIn SecondFactorRequired { get; } = new(null, null);

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Principal), nameof(Me))]
    public bool NeedsSecondFactor => Me is null;
}

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(1000);
    }
}

/// <summary>
/// Checks the password (counting failures towards lockout) and opens the session, or, for an account with MFA, the
/// short-lived second-factor step. Every refusal gets the same answer and takes the same time, so nobody learns whether
/// an account exists; the audit records the real reason.
/// </summary>
internal sealed class SignInHandler(
    UserManager<User> users,
    SignInManager<User> signIn,
    IPasswordHasher<User> hasher,
    CurrentUserReader currentUser,
    AccountAttemptLocks attemptLocks,
    IdentityModuleDbContext db,
    TimeProvider time) : ICommandHandler<SignIn, Result<SignedIn>>
{
    public static readonly Error Refused = Error.Unauthenticated(
        "auth.sign_in_refused",
        "The email or password is wrong, or the account cannot sign in right now.");

    // Hashing a password for an unknown account costs what checking a known one costs.
    private static readonly string UnknownAccountHash = new PasswordHasher<User>().HashPassword(new User(), Guid.NewGuid().ToString());

    public async ValueTask<Result<SignedIn>> Handle(SignIn command, CancellationToken cancellationToken)
    {
        using var oneAttemptAtATime = await attemptLocks.AcquireAsync(command.Email!.Trim(), cancellationToken);
        var user = await users.FindByEmailAsync(command.Email!);
        string? failure;
        var secondFactor = false;
        if (user is null || user.PasswordHash is null || !user.IsActive || await users.IsLockedOutAsync(user))
        {
            // Refusals that need no password check still cost one, so timing tells nothing.
            hasher.VerifyHashedPassword(new User(), UnknownAccountHash, command.Password!);
            failure = user is null ? "unknown_account" : user.PasswordHash is null ? "no_password_yet" : !user.IsActive ? "deactivated" : "locked_out";
        }
        else
        {
            try
            {
                var outcome = await signIn.PasswordSignInAsync(user, command.Password!, isPersistent: false, lockoutOnFailure: true);
                secondFactor = outcome.RequiresTwoFactor;
                failure = outcome.Succeeded || secondFactor ? null
                    : outcome.IsLockedOut ? "locked_out" : outcome.IsNotAllowed ? "not_allowed" : "wrong_password";
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another attempt on the same account saved first: refuse this one like any other.
                db.ChangeTracker.Clear();
                failure = "concurrent_attempt";
            }
        }

        await db.AuditAsync(
            SignInAttempt.Of(command.Email!, user?.Id, "password", secondFactor ? "second_factor_pending" : failure, command.IpAddress, command.UserAgent, time.GetUtcNow()),
            cancellationToken);

        if (failure is not null || user is null)
        {
            return Refused;
        }

        return secondFactor
            ? SignedIn.SecondFactorRequired
            : new SignedIn(await signIn.CreateUserPrincipalAsync(user), await currentUser.ReadAsync(user));
    }
}
