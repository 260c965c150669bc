using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;

namespace Crm.Modules.SalesPipeline.Features.Deals;

/// <summary>An open deal is rotting when nobody has worked on it for longer than its stage's rotting period.</summary>
internal static class Rotting
{
    public static bool IsRotting(DealStatus status, DateTimeOffset lastActivityAtUtc, Stage? stage, DateTimeOffset now) =>
        status == DealStatus.Open && stage?.RottingDays is { } days && now - lastActivityAtUtc > TimeSpan.FromDays(days);
}
