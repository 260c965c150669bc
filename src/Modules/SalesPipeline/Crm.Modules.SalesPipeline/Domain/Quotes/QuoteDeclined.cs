using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotes;

internal sealed record QuoteDeclined(QuoteId QuoteId, Guid DealId, Guid DeclinedBy, DateTimeOffset OccurredAtUtc) : IDomainEvent;
