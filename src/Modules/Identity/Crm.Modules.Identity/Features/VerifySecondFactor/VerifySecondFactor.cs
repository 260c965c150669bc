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
    IdentityModuleDbContext db,
    TimeProvider time) : ICommandHandler<VerifySecondFactor, Result<SignedIn>>
{
    public async ValueTask<Result<SignedIn>> Handle(VerifySecondFactor command, CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Error.Unauthenticated("auth.second_factor_expired", "Sign in with your password first; the step for the code lasts a few minutes.");
        }

        var method = string.IsNullOrEmpty(command.RecoveryCode) ? "totp" : "recovery_code";
        string? failure;
        if (method == "totp")
        {
            var outcome = await signIn.TwoFactorAuthenticatorSignInAsync(new string([.. command.Code!.Where(char.IsDigit)]), isPersistent: false, rememberClient: false);
            failure = outcome.Succeeded ? null : outcome.IsLockedOut ? "locked_out" : "wrong_code";
        }
        else if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            failure = "locked_out";
        }
        else
        {
            failure = await UseRecoveryCode(user, command.RecoveryCode!, cancellationToken) ? null : "wrong_recovery_code";
            if (failure is null)
            {
                await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
                await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: method);
            }
        }

        db.SignInAttempts.Add(new SignInAttempt
        {
            Email = user.Email!,
            UserId = user.Id,
            Succeeded = failure is null,
            FailureReason = failure,
            Method = method,
            IpAddress = command.IpAddress,
            UserAgent = command.UserAgent is { Length: > 500 } agent ? agent[..500] : command.UserAgent,
            AttemptedAtUtc = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);

        return failure is null
            ? new SignedIn(await signIn.CreateUserPrincipalAsync(user), await currentUser.ReadAsync(user))
            : Error.Unauthenticated("auth.second_factor_refused", "That code is not right, or the account is locked for a while.");
    }

    private async Task<bool> UseRecoveryCode(User user, string code, CancellationToken cancellationToken)
    {
        var hash = RecoveryCode.Hash(code);
        var unused = await db.RecoveryCodes.Where(c => c.UserId == user.Id && c.UsedAtUtc == null).ToListAsync(cancellationToken);
        var match = unused.FirstOrDefault(c => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(c.CodeHash, hash));
        if (match is null)
        {
            await signIn.UserManager.AccessFailedAsync(user);
            return false;
        }

        match.UsedAtUtc = time.GetUtcNow();
        return true;
    }
}
