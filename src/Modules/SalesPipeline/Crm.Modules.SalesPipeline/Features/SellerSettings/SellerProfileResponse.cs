using Crm.Modules.SalesPipeline.Domain.Settings;

namespace Crm.Modules.SalesPipeline.Features.SellerSettings;

internal sealed record SellerProfileResponse(string Name, string Address, string? Siren, string? Siret, string? VatNumber, string? LegalNotice, bool IsSetUp, int Version)
{
    public static SellerProfileResponse From(SellerProfile seller) =>
        new(seller.Name, seller.Address, seller.Siren?.Value, seller.Siret?.Value, seller.VatNumber?.Value, seller.LegalNotice, seller.IsSetUp, seller.Version);
}

internal sealed record SellerProfileRequest(string? Name, string? Address, string? Siren, string? Siret, string? VatNumber, string? LegalNotice);
