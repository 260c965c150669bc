using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Features.SignIn;
using Crm.Modules.Identity.Mfa;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.VerifySecondFactor;

/// <summary>The second step of signing in with MFA: a code from the authenticator app, or one recovery code.</summary>
internal sealed record VerifySecondFactor(string? Code, string? RecoveryCode, string? IpAddress, string? UserAgent) : ICommand<Result<SignedIn>>;

internal sealed class VerifySecondFactorValidator : AbstractValidator<VerifySecondFactor>
{
    public VerifySecondFactorValidator()
    {
        RuleFor(c => c.Code).NotEmpty().When(c => string.IsNullOrEmpty(c.RecoveryCode)).WithMessage("Give the code your app shows, or a recovery code.");
        RuleFor(c => c.Code).MaximumLength(20);
        RuleFor(c => c.RecoveryCode).MaximumLength(40);
    }
}

internal sealed class VerifySecondFactorHandler(
    SignInManager<User> signIn,
    CurrentUserReader currentUser,
    AccountAttemptLocks attemptLocks,
    IdentityModuleDbContext db,
    TimeProvider time) : ICommandHandler<VerifySecondFactor, Result<SignedIn>>
{
    private const string TokenOwner = "Crm";
    private const string LastAppCodeToken = "LastAuthenticatorCode";

    public async ValueTask<Result<SignedIn>> Handle(VerifySecondFactor command, CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Error.Unauthenticated("auth.second_factor_expired", "Sign in with your password first; the step for the code lasts a few minutes.");
        }

        using var oneAttemptAtATime = await attemptLocks.AcquireAsync(user.Email!, cancellationToken);
        var method = string.IsNullOrEmpty(command.RecoveryCode) ? "totp" : "recovery_code";
        string? failure;
        try
        {
            failure = method == "totp"
                ? await UseAppCode(user, new string([.. command.Code!.Where(char.IsDigit)]))
                : await UseRecoveryCodeAndSignIn(user, command.RecoveryCode!, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            failure = "concurrent_attempt";
        }

        await db.AuditAsync(SignInAttempt.Of(user.Email!, user.Id, method, failure, command.IpAddress, command.UserAgent, time.GetUtcNow()), cancellationToken);

        return failure is null
            ? new SignedIn(await signIn.CreateUserPrincipalAsync(user), await currentUser.ReadAsync(user))
            : Error.Unauthenticated("auth.second_factor_refused", "That code is not right, or the account is locked for a while.");
    }

    /// <summary>A code from the app, each code at most once: a code seen on the wire cannot be replayed.</summary>
    private async Task<string?> UseAppCode(User user, string code)
    {
        var lastUsed = await signIn.UserManager.GetAuthenticationTokenAsync(user, TokenOwner, LastAppCodeToken);
        if (lastUsed == code)
        {
            await signIn.UserManager.AccessFailedAsync(user);
            return "reused_code";
        }

        var outcome = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (outcome.Succeeded)
        {
            await signIn.UserManager.SetAuthenticationTokenAsync(user, TokenOwner, LastAppCodeToken, code);
            return null;
        }

        return outcome.IsLockedOut ? "locked_out" : outcome.IsNotAllowed ? "not_allowed" : "wrong_code";
    }

    private async Task<string?> UseRecoveryCodeAndSignIn(User user, string code, CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            return "locked_out";
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return "not_allowed";
        }

        var hash = RecoveryCode.Hash(code);
        var unused = await db.RecoveryCodes.AsNoTracking().Where(c => c.UserId == user.Id && c.UsedAtUtc == null).ToListAsync(cancellationToken);
        var match = unused.FirstOrDefault(c => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(c.CodeHash, hash));
        var now = time.GetUtcNow();
        // Marked used only if still unused: two requests with one code cannot both win.
        if (match is null || await db.RecoveryCodes.Where(c => c.Id == match.Id && c.UsedAtUtc == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.UsedAtUtc, now), cancellationToken) != 1)
        {
            await signIn.UserManager.AccessFailedAsync(user);
            return "wrong_recovery_code";
        }

        await signIn.UserManager.ResetAccessFailedCountAsync(user);
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "recovery_code");
        return null;
    }
}
