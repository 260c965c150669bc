using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.InviteUser;

internal sealed record InviteUser(string? Email, string? DisplayName, IReadOnlyList<string>? Roles, string? Language, string? TimeZone, Guid? TeamId)
    : ICommand<Result<InvitedUser>>;

/// <summary>The new user and the token of their invitation (sent by email once mail exists; returned until then).</summary>
internal sealed record InvitedUser(UserResponse User, string InvitationToken, DateTimeOffset ExpiresAtUtc);

internal sealed class InviteUserValidator : AbstractValidator<InviteUser>
{
    public InviteUserValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleForEach(c => c.Roles).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Language).Must(l => l is null or "fr" or "en").WithMessage("Language is fr or en.");
        RuleFor(c => c.TimeZone).Must(z => z is null || IanaTimeZone.IsValid(z))
            .WithMessage("'{PropertyValue}' is not an IANA time zone, such as Europe/Paris.");
    }
}

internal sealed class InviteUserHandler(
    UserManager<User> users,
    RoleManager<Role> roles,
    IdentityModuleDbContext db,
    DirectoryCache directory,
    ICurrentUser caller,
    TimeProvider time) : ICommandHandler<InviteUser, Result<InvitedUser>>
{
    public async ValueTask<Result<InvitedUser>> Handle(InviteUser command, CancellationToken cancellationToken)
    {
        var roleNames = command.Roles ?? [];
        foreach (var roleName in roleNames)
        {
            if (!await roles.RoleExistsAsync(roleName))
            {
                return Error.Validation("user.role_unknown", $"There is no role named '{roleName}'.");
            }
        }

        var allowed = await RoleGrants.CheckCallerHoldsRolesAsync(db, roles, caller, roleNames, cancellationToken);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        TeamId? teamId = command.TeamId is { } id ? new TeamId(id) : null;
        if (teamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, cancellationToken))
        {
            return Error.Validation("team.not_found", $"No team has the id {command.TeamId}.");
        }

        if (await users.FindByEmailAsync(command.Email!) is not null)
        {
            return Error.Conflict("user.email_taken", $"A user with the email {command.Email} exists already.");
        }

        var now = time.GetUtcNow();
        var user = new User
        {
            UserName = command.Email!.Trim(),
            Email = command.Email.Trim(),
            DisplayName = command.DisplayName!.Trim(),
            Language = command.Language ?? "fr",
            TimeZone = command.TimeZone ?? "Europe/Paris",
            TeamId = teamId,
            CreatedAtUtc = now.ToStoredPrecision(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (teamId is not null)
        {
            db.AddIntegrationEvent(new TeamMembershipChangedIntegrationEvent(TypedId.NewValue(), now, user.Id, command.TeamId));
        }

        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Error.Validation("user.invalid", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        if (roleNames.Count > 0 && !(await users.AddToRolesAsync(user, roleNames)).Succeeded)
        {
            return Error.Validation("user.roles_invalid", "The roles could not be given: name each role once.");
        }

        var token = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, Invitation.Purpose);
        await transaction.CommitAsync(cancellationToken);
        directory.Invalidate();
        return new InvitedUser(UserResponse.From(user, [.. roleNames.Order(StringComparer.Ordinal)]), token, now.Add(Invitation.Lifetime));
    }
}
