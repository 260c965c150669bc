using Crm.Modules.SalesPipeline.Domain.LostReasons;

namespace Crm.Modules.SalesPipeline.Features.LostReasons;

internal sealed record LostReasonResponse(Guid Id, string Name, bool IsActive, int Version)
{
    public static LostReasonResponse From(LostReason reason) => new(reason.Id.Value, reason.Name, reason.IsActive, reason.Version);
}

internal sealed record LostReasonRequest(string? Name, bool? IsActive);
