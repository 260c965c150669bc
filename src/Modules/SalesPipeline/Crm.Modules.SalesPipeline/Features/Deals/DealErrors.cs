using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Deals;

internal static class DealErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("deal.not_found", $"No deal you can see has the id {id}.");
}
