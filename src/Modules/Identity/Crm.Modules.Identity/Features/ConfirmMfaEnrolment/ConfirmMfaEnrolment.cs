using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Mfa;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.ConfirmMfaEnrolment;

internal sealed record ConfirmMfaEnrolment(Guid UserId, string? Code) : ICommand<Result<IReadOnlyList<string>>>;

internal sealed class ConfirmMfaEnrolmentValidator : AbstractValidator<ConfirmMfaEnrolment>
{
    public ConfirmMfaEnrolmentValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(20);
}

/// <summary>Turns MFA on once the user proves their app works, and returns ten recovery codes, shown only now.</summary>
internal sealed class ConfirmMfaEnrolmentHandler(UserManager<User> users, SignInManager<User> signIn, IdentityModuleDbContext db)
    : ICommandHandler<ConfirmMfaEnrolment, Result<IReadOnlyList<string>>>
{
    public async ValueTask<Result<IReadOnlyList<string>>> Handle(ConfirmMfaEnrolment command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null || await users.GetAuthenticatorKeyAsync(user) is null)
        {
            return Error.RuleBroken("mfa.not_started", "Start the enrolment first (POST /api/v1/me/mfa/enrolment).");
        }

        if (user.TwoFactorEnabled)
        {
            return Error.Conflict("mfa.already_enabled", "MFA is already on for your account.");
        }

        var code = new string([.. command.Code!.Where(char.IsDigit)]);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return Error.RuleBroken("mfa.code_wrong", "That code is not the one your app shows now. Check the time on your phone and try the next code.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.SetTwoFactorEnabledAsync(user, true);
        await db.RecoveryCodes.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        var (codes, rows) = RecoveryCode.Generate(user.Id);
        db.RecoveryCodes.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Turning MFA on changes the security stamp: renew this session's cookie so it stays valid.
        await signIn.RefreshSignInAsync(user);
        return Result<IReadOnlyList<string>>.Success(codes);
    }
}
