using Crm.Modules.SalesPipeline.Domain.Quotas;
using Crm.Modules.SalesPipeline.Features.Deals;

namespace Crm.Modules.SalesPipeline.Features.Forecast;

/// <summary>A user's quota for one month (<see cref="Period"/> is <c>yyyy-MM</c>).</summary>
internal sealed record QuotaResponse(Guid UserId, string Period, MoneyResponse Amount, DateTimeOffset UpdatedAtUtc, Guid UpdatedBy, int Version)
{
    public static QuotaResponse From(Quota quota) =>
        new(quota.UserId, quota.Period, new MoneyResponse(quota.AmountCents / 100m, quota.Currency), quota.UpdatedAtUtc, quota.UpdatedBy, quota.Version);
}

/// <summary>A quota as the API takes it: an amount (0 or none removes the quota) and a currency (else the default one).</summary>
internal sealed record QuotaRequest(decimal? Amount, string? Currency);
