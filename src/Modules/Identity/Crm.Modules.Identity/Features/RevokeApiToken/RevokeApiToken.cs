using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Tokens;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.RevokeApiToken;

/// <summary>Revokes one of the caller's tokens: it stops working at once. Revoking twice changes nothing.</summary>
internal sealed record RevokeApiToken(Guid UserId, Guid TokenId, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class RevokeApiTokenHandler(IdentityModuleDbContext db, TimeProvider time) : ICommandHandler<RevokeApiToken, Result>
{
    public async ValueTask<Result> Handle(RevokeApiToken command, CancellationToken cancellationToken)
    {
        var id = new ApiTokenId(command.TokenId);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == command.UserId, cancellationToken);
        if (token is null)
        {
            return Error.NotFound("token.not_found", $"You have no API token with the id {command.TokenId}.");
        }

        var current = command.Precondition.Check(token.Version);
        if (!current.IsSuccess)
        {
            return current;
        }

        token.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
