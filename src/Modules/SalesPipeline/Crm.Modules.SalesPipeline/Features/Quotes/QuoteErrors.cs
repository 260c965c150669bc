using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Quotes;

internal static class QuoteErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("quote.not_found", $"No quote you can see has the id {id}.");
}
