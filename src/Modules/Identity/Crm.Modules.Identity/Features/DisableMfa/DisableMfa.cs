using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features.DisableMfa;

/// <summary>Turns the caller's MFA off, with a current code from their app, unless a role of theirs requires it.</summary>
internal sealed record DisableMfa(Guid UserId, string? Code) : ICommand<Result>;

internal sealed class DisableMfaValidator : AbstractValidator<DisableMfa>
{
    public DisableMfaValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(20);
}

internal sealed class DisableMfaHandler(UserManager<User> users, SignInManager<User> signIn, IdentityModuleDbContext db)
    : ICommandHandler<DisableMfa, Result>
{
    public async ValueTask<Result> Handle(DisableMfa command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null || !user.TwoFactorEnabled)
        {
            return Error.Conflict("mfa.not_enabled", "MFA is not on for your account.");
        }

        if (await MfaSwitch.IsRequiredForAsync(db, user, cancellationToken))
        {
            return Error.RuleBroken("mfa.required_by_role", "One of your roles requires MFA, so it stays on.");
        }

        if (await users.IsLockedOutAsync(user))
        {
            return Error.RuleBroken("mfa.locked_out", "Too many wrong codes: try again in a few minutes.");
        }

        var code = new string([.. command.Code!.Where(char.IsDigit)]);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await users.AccessFailedAsync(user);
            return Error.RuleBroken("mfa.code_wrong", "That code is not the one your app shows now.");
        }

        if (!await MfaSwitch.TurnOffAsync(users, db, user, cancellationToken))
        {
            return MfaSwitch.ChangedMeanwhile;
        }

        await signIn.RefreshSignInAsync(user);
        return Result.Success();
    }
}
