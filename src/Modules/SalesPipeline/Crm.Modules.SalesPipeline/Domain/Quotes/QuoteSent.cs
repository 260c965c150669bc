using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotes;

internal sealed record QuoteSent(QuoteId QuoteId, Guid DealId, string DisplayNumber, DateOnly ValidUntil, DateTimeOffset OccurredAtUtc) : IDomainEvent;
