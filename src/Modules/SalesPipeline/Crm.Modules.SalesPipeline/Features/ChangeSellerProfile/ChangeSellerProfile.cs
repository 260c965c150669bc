using Crm.Modules.SalesPipeline.Domain.Settings;
using Crm.Modules.SalesPipeline.Features.SellerSettings;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ChangeSellerProfile;

/// <summary>Sets the company's legal mentions; the first time, If-Match is the ETag "0" read before.</summary>
internal sealed record ChangeSellerProfile(SellerProfileRequest Request, VersionPrecondition Precondition) : ICommand<Result<SellerProfileResponse>>;

internal sealed class ChangeSellerProfileHandler(SalesDbContext db) : ICommandHandler<ChangeSellerProfile, Result<SellerProfileResponse>>
{
    public async ValueTask<Result<SellerProfileResponse>> Handle(ChangeSellerProfile command, CancellationToken cancellationToken)
    {
        var seller = await db.SellerProfiles.FirstOrDefaultAsync(cancellationToken);
        var current = command.Precondition.Check(seller?.Version ?? 0);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        if (seller is null)
        {
            seller = SellerProfile.NotSetUp();
            db.SellerProfiles.Add(seller);
        }

        var request = command.Request;
        var changed = seller.Change(request.Name, request.Address, request.Siren, request.Siret, request.VatNumber, request.LegalNotice);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return SellerProfileResponse.From(seller);
    }
}
