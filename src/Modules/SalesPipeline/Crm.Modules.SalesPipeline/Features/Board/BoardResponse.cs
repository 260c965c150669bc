using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Pipelines;

namespace Crm.Modules.SalesPipeline.Features.Board;

/// <summary>A deal as a board card shows it.</summary>
internal sealed record DealCard(
    Guid Id,
    string Name,
    MoneyResponse? Amount,
    DateOnly? ExpectedCloseDate,
    Guid OwnerId,
    DealCompanyResponse? Company,
    DealStatus Status,
    bool IsRotting,
    DateTimeOffset StageEnteredAtUtc,
    int Version);

/// <summary>A stage's sums in one currency: <see cref="Weighted"/> is each amount times the deal's probability.</summary>
internal sealed record MoneyTotal(string Currency, decimal Amount, decimal Weighted);

internal sealed record BoardColumn(StageResponse Stage, int Count, IReadOnlyList<MoneyTotal> Totals, IReadOnlyList<DealCard> Deals, string? NextCursor);

internal sealed record BoardResponse(Guid PipelineId, string PipelineName, IReadOnlyList<BoardColumn> Columns);
