using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features.UpdateProfile;

/// <summary>
/// The signed-in user's name, language and time zone, which every screen and date follows. A new time zone is told to
/// other modules (<see cref="UserTimeZoneChangedIntegrationEvent"/>), saved with the profile.
/// </summary>
internal sealed record UpdateProfile(Guid UserId, VersionPrecondition Precondition, string? DisplayName, string? Language, string? TimeZone)
    : ICommand<Result<MeResponse>>;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfile>
{
    public UpdateProfileValidator()
    {
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Language).NotEmpty().Must(l => l is "fr" or "en").WithMessage("Language is fr or en.");
        RuleFor(c => c.TimeZone).NotEmpty().Must(z => z is null || IanaTimeZone.IsValid(z))
            .WithMessage("'{PropertyValue}' is not an IANA time zone, such as Europe/Paris.");
    }
}

internal sealed class UpdateProfileHandler(UserManager<User> users, IdentityModuleDbContext db, CurrentUserReader currentUser, DirectoryCache directory, TimeProvider time)
    : ICommandHandler<UpdateProfile, Result<MeResponse>>
{
    public async ValueTask<Result<MeResponse>> Handle(UpdateProfile command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null)
        {
            return Error.Unauthenticated("auth.session_ended", "Your session has ended: sign in again.");
        }

        var current = command.Precondition.Check(user.ProfileVersion);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        if (user.TimeZone != command.TimeZone)
        {
            db.AddIntegrationEvent(new UserTimeZoneChangedIntegrationEvent(TypedId.NewValue(), time.GetUtcNow(), user.Id, command.TimeZone!));
        }

        user.DisplayName = command.DisplayName!.Trim();
        user.Language = command.Language!;
        user.TimeZone = command.TimeZone!;
        user.ProfileVersion++;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Error.PreconditionFailed("version.stale", "Your profile was changed meanwhile (in another window?). Reload it and try again.");
        }

        directory.Invalidate();
        return await currentUser.ReadAsync(user);
    }
}
