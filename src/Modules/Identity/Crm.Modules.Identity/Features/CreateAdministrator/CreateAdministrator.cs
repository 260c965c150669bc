using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features.CreateAdministrator;

/// <summary>
/// An active user with the Administrator role and a password, whether or not other users exist: the first
/// administrator, or a way back in when every administrator is locked out. Run from the host's command line only.
/// </summary>
internal sealed record CreateAdministrator(string? Email, string? DisplayName, string? Password) : ICommand<Result<UserResponse>>;

internal sealed class CreateAdministratorValidator : AbstractValidator<CreateAdministrator>
{
    public CreateAdministratorValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Password).NotEmpty();
    }
}

internal sealed class CreateAdministratorHandler(
    UserManager<User> users,
    IdentityModuleDbContext db,
    TimeProvider time) : ICommandHandler<CreateAdministrator, Result<UserResponse>>
{
    public async ValueTask<Result<UserResponse>> Handle(CreateAdministrator command, CancellationToken cancellationToken)
    {
        var email = command.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Error.Conflict("user.email_taken", $"A user with the email {email} exists already.");
        }

        var user = new User
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = command.DisplayName!.Trim(),
            CreatedAtUtc = time.GetUtcNow().ToStoredPrecision(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, command.Password!);
        if (!created.Succeeded)
        {
            // The password policy (length, CommonPasswordValidator) and the user rules (email, name) give the reasons.
            return Error.Validation("user.invalid", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var promoted = await users.AddToRoleAsync(user, BuiltInRoles.Administrator);
        if (!promoted.Succeeded)
        {
            return Error.Validation("user.roles_invalid", string.Join(" ", promoted.Errors.Select(e => e.Description)));
        }

        await transaction.CommitAsync(cancellationToken);
        return UserResponse.From(user, [BuiltInRoles.Administrator]);
    }
}
