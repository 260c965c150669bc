using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Tokens;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.CreateApiToken;

internal sealed record CreateApiToken(Guid UserId, string? Name, IReadOnlyList<string>? Scopes, int? ExpiresInDays) : ICommand<Result<CreatedApiToken>>;

/// <summary>The new token, with its secret: the only time the secret is shown.</summary>
internal sealed record CreatedApiToken(ApiTokenResponse Details, string Token);

internal sealed class CreateApiTokenValidator : AbstractValidator<CreateApiToken>
{
    public const int MaxDays = 366;

    public CreateApiTokenValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(ApiToken.NameMaxLength);
        RuleFor(c => c.Scopes).NotEmpty().WithMessage("Name at least one permission the token may use, for example contacts.read.");
        RuleForEach(c => c.Scopes).Must(s => Permissions.All.Contains(s)).WithMessage("'{PropertyValue}' is not a permission.");
        RuleFor(c => c.ExpiresInDays).NotNull().InclusiveBetween(1, MaxDays);
    }
}

internal sealed class CreateApiTokenHandler(
    IdentityModuleDbContext db,
    UserManager<User> users,
    CurrentUserReader currentUser,
    TimeProvider time) : ICommandHandler<CreateApiToken, Result<CreatedApiToken>>
{
    private const int MaxUsableTokens = 50;

    public async ValueTask<Result<CreatedApiToken>> Handle(CreateApiToken command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null)
        {
            return Error.Unauthenticated("auth.session_ended", "Your session has ended: sign in again.");
        }

        var held = (await currentUser.ReadAsync(user)).Permissions;
        var notHeld = command.Scopes!.Except(held, StringComparer.Ordinal).ToList();
        if (notHeld.Count > 0)
        {
            return Error.RuleBroken("token.scope_not_held", $"A token cannot have more rights than you: you do not hold {string.Join(", ", notHeld)}.");
        }

        var now = time.GetUtcNow();
        if (await db.ApiTokens.CountAsync(t => t.UserId == user.Id && t.RevokedAtUtc == null && t.ExpiresAtUtc > now, cancellationToken) >= MaxUsableTokens)
        {
            return Error.RuleBroken("token.too_many", $"You have {MaxUsableTokens} usable tokens: revoke one you no longer need first.");
        }

        var id = ApiTokenId.New();
        var (secret, hash) = ApiTokenSecret.Create(id);
        var token = ApiToken.Issue(id, user.Id, command.Name!, command.Scopes!, hash, now, command.ExpiresInDays!.Value);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(ApiTokenResponse.From(token), secret);
    }
}
