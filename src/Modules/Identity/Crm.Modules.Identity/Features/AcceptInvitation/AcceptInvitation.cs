using Crm.Modules.Identity.Accounts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features.AcceptInvitation;

internal sealed record AcceptInvitation(Guid UserId, string? Token, string? Password) : ICommand<Result>;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty();
        RuleFor(c => c.Password).NotEmpty().MaximumLength(1000);
    }
}

/// <summary>Sets the invited user's first password. The token then stops working: its security stamp changed.</summary>
internal sealed class AcceptInvitationHandler(UserManager<User> users) : ICommandHandler<AcceptInvitation, Result>
{
    private static readonly Error InvalidInvitation = Error.RuleBroken(
        "invitation.invalid",
        "This invitation link is not valid: it expired, was already used, or was mistyped. Ask an administrator for a new one.");

    public async ValueTask<Result> Handle(AcceptInvitation command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null || !user.IsActive || await users.HasPasswordAsync(user)
            || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, Invitation.Purpose, command.Token!))
        {
            return InvalidInvitation;
        }

        var set = await users.AddPasswordAsync(user, command.Password!);
        if (!set.Succeeded)
        {
            return Error.Validation("password.refused", string.Join(" ", set.Errors.Select(e => e.Description)));
        }

        user.EmailConfirmed = true;
        await users.UpdateSecurityStampAsync(user);
        return Result.Success();
    }
}
