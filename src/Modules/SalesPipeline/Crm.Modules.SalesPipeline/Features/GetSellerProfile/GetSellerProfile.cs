using Crm.Modules.SalesPipeline.Domain.Settings;
using Crm.Modules.SalesPipeline.Features.SellerSettings;
using Crm.Modules.SalesPipeline.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.GetSellerProfile;

/// <summary>The company's legal mentions for quotes; an empty one (version 0) until an administrator sets them up.</summary>
internal sealed record GetSellerProfile : IQuery<SellerProfileResponse>;

internal sealed class GetSellerProfileHandler(SalesDbContext db) : IQueryHandler<GetSellerProfile, SellerProfileResponse>
{
    public async ValueTask<SellerProfileResponse> Handle(GetSellerProfile query, CancellationToken cancellationToken) =>
        SellerProfileResponse.From(await db.SellerProfiles.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? SellerProfile.NotSetUp());
}
