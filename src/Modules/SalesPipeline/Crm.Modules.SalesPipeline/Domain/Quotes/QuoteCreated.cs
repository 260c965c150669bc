using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotes;

/// <summary>A new draft: a first quote or a new revision of one (<paramref name="DisplayNumber"/> then ends in "-V2", "-V3" …).</summary>
internal sealed record QuoteCreated(QuoteId QuoteId, Guid DealId, string DisplayNumber, DateTimeOffset OccurredAtUtc) : IDomainEvent;
